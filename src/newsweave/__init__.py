"""newsweave: multilingual news into verified stories."""
__version__ = "0.1.0"
