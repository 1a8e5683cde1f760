#!/usr/bin/python3
"""The benchmark's peer (c): the same cells with the same empty-answer check, in openpyxl.

Finds the header row (通番 … 現在の対応状況) in the first 30 rows and counts data rows whose
現在の対応状況 is empty or whitespace only. Prints the count.
"""
import sys

import openpyxl


def check(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[0]
    number_col = answer_col = None
    empty = 0
    for index, row in enumerate(ws.iter_rows(values_only=True)):
        if answer_col is None:
            if index >= 30:
                break
            texts = ["" if v is None else str(v).replace("\n", "").replace(" ", "") for v in row]
            if "通番" in texts and "現在の対応状況" in texts:
                number_col, answer_col = texts.index("通番"), texts.index("現在の対応状況")
            continue
        number = row[number_col] if number_col < len(row) else None
        if number is None:
            continue
        answer = row[answer_col] if answer_col < len(row) else None
        if answer is None or not str(answer).strip():
            empty += 1
    wb.close()
    return empty


if __name__ == "__main__":
    print(sum(check(p) for p in sys.argv[1:]))
