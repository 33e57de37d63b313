"""A minimal snapshot for table and execution tests: sheet records without an index."""

from __future__ import annotations


class FakeSnap:
    def __init__(self, sheets: list[dict]) -> None:
        self.records = {f"v{i}": {"sheet": s, "fiscal_year": s.pop("_fy", 2024)} for i, s in enumerate(sheets)}
        self.chunks: dict = {}
        self.by_version: dict = {}

    def derived(self, key, build):
        return build()


def cost(year: str, total: str, general: str, settlement: str, supplementary: str = "0") -> dict:
    return {"year": year, "carryover": "0", "initial": total, "supplementary": supplementary, "total": total,
            "general": general, "settlement": settlement, "staff": "2.0"}


def sheet(no: str, name: str, bukyoku: str, costs: list[dict], indicators=(), detail=(), fy: int = 2024) -> dict:
    return {"jigyo_no": no, "jigyo_name": name, "bukyoku": bukyoku, "ka": "課", "_fy": fy,
            "indicators": list(indicators), "cost": costs, "detail": list(detail)}


def indicator(no: int, name: str, r4: str, r5: str, r6: str, target: str, status: str, unit: str = "件") -> dict:
    return {"no": no, "name": name, "unit": unit, "r4": r4, "r5": r5, "r6": r6, "r6_target": target,
            "r5_trend": "", "r6_trend": "", "status": status}
