"""Coefficients of the occurrence model (occurrence.py), written by bench/fit_timex_direction.py
(fitted on: timex bench tuning documents, inner half 'A'; 141 cases; ridge 0.3)."""

COEF = {
    'cycles': -3.2920,
    'same': 0.7488,
    'same_past': 0.5603,
    'same_fut': 0.0488,
    'after_weekday': -0.9101,
    'after_day': 0.0988,
    'after_month': -0.4614,
    'after_tense_past_sure': -1.9433,
    'after_tense_past_lean': -0.1775,
    'after_tense_fut_lean': 0.8747,
    'after_tense_fut_sure': 0.3730,
    'after_window_past_sure': -0.7446,
    'after_window_past_lean': 0.0350,
    'after_window_fut_lean': -0.1846,
    'after_window_fut_sure': 0.8668,
}
