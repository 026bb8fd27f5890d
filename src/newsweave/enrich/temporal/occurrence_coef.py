"""Coefficients of the occurrence model (occurrence.py), written by bench/fit_timex_direction.py
(fitted on: timex bench tuning documents, inner half 'A'; 138 cases; ridge 0.03)."""

COEF = {
    'cycles': -5.6419,
    'same': 0.6800,
    'same_past': 0.5401,
    'same_fut': 0.0069,
    'after_weekday': -1.4870,
    'after_day': -0.0067,
    'after_month': -1.2768,
    'against_tense_lean': -1.2632,
    'against_window_sure': -0.2119,
    'against_window_lean': 2.8386,
}
