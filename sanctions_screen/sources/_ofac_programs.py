"""OFAC programme tags (the ``Program`` column of ``sdn.csv``) and their legal bases.

A record under several programmes carries them in one cell joined by ``"] ["`` (the
brackets of the first and last tag are left off): ``NPWMD] [DPRK2``. The legal basis of each
tag is the executive order, statute or regulation OFAC names for that programme on its
programme pages; tags whose basis we could not state with confidence (IRGC, NS-PLC,
SSIDES) are left out on purpose and keep only their tag. Every tag found in the
2024-05-03 file is listed below or in that sentence.
"""

from __future__ import annotations

import re

__all__ = ["DPRK_PROGRAMS", "OFAC_PROGRAM_LEGAL_BASIS", "legal_basis_of", "parse_ofac_programs"]

#: The programme tags of the North Korea sanctions.
DPRK_PROGRAMS: frozenset[str] = frozenset({"DPRK", "DPRK2", "DPRK3", "DPRK4", "DPRK-NKSPEA"})

_CAATSA = "Countering America's Adversaries Through Sanctions Act of 2017 (CAATSA)"

#: Programme tag -> legal basis as a citation.
OFAC_PROGRAM_LEGAL_BASIS: dict[str, str] = {
    "DPRK": "31 CFR part 510 (North Korea Sanctions Regulations); E.O. 13466/13551",
    "DPRK2": "E.O. 13687",
    "DPRK3": "E.O. 13722",
    "DPRK4": "E.O. 13810",
    "DPRK-NKSPEA": "North Korea Sanctions and Policy Enhancement Act of 2016",
    "NPWMD": "E.O. 13382",
    "RUSSIA-EO14024": "E.O. 14024",
    "BPI-RUSSIA-EO14024": "E.O. 14024 (blocked pending investigation)",
    "RUSSIA-EO14065": "E.O. 14065",
    "UKRAINE-EO13660": "E.O. 13660",
    "UKRAINE-EO13661": "E.O. 13661",
    "UKRAINE-EO13662": "E.O. 13662",
    "UKRAINE-EO13685": "E.O. 13685",
    "CAATSA - RUSSIA": f"{_CAATSA}, title II",
    "CAATSA - IRAN": f"{_CAATSA}, title I",
    "CYBER2": "E.O. 13694, as amended by E.O. 13757",
    "ELECTION-EO13848": "E.O. 13848",
    "MAGNIT": "Sergei Magnitsky Rule of Law Accountability Act of 2012",
    "GLOMAG": "E.O. 13818 (Global Magnitsky)",
    "PEESA-EO14039": "E.O. 14039",
    "SDGT": "E.O. 13224",
    "FTO": "Immigration and Nationality Act, section 219",
    "HIFPAA": "Hizballah International Financing Prevention Amendments Act of 2018",
    "IRAN": "31 CFR part 560 (Iranian Transactions and Sanctions Regulations); E.O. 13599",
    "IFSR": "31 CFR part 561 (Iranian Financial Sanctions Regulations)",
    "IFCA": "Iran Freedom and Counter-Proliferation Act of 2012",
    "ISA": "Iran Sanctions Act of 1996",
    "IRAN-HR": "E.O. 13553",
    "IRAN-TRA": "Iran Threat Reduction and Syria Human Rights Act of 2012; E.O. 13628",
    "IRAN-EO13846": "E.O. 13846",
    "IRAN-EO13871": "E.O. 13871",
    "IRAN-EO13876": "E.O. 13876",
    "IRAN-EO13902": "E.O. 13902",
    "IRAN-CON-ARMS-EO": "E.O. 13949",
    "HRIT-IR": "E.O. 13606",
    "HRIT-SY": "E.O. 13606",
    "SYRIA": "31 CFR part 542 (Syrian Sanctions Regulations)",
    "SYRIA-EO13894": "E.O. 13894",
    "SYRIA-CAESAR": "Caesar Syria Civilian Protection Act of 2019",
    "BELARUS": "E.O. 13405",
    "BELARUS-EO14038": "E.O. 14038",
    "BALKANS": "E.O. 13219, as amended by E.O. 13304",
    "BALKANS-EO14033": "E.O. 14033",
    "BURMA-EO14014": "E.O. 14014",
    "CAR": "E.O. 13667",
    "CUBA": "31 CFR part 515 (Cuban Assets Control Regulations)",
    "DARFUR": "E.O. 13400",
    "DRCONGO": "E.O. 13413, as amended by E.O. 13671",
    "ETHIOPIA-EO14046": "E.O. 14046",
    "HK-EO13936": "E.O. 13936",
    "HOSTAGES-EO14078": "E.O. 14078",
    "ILLICIT-DRUGS-EO14059": "E.O. 14059",
    "IRAQ2": "E.O. 13315",
    "IRAQ3": "E.O. 13438",
    "LEBANON": "E.O. 13441",
    "LIBYA2": "E.O. 13566",
    "LIBYA3": "E.O. 13726",
    "MALI-EO13882": "E.O. 13882",
    "NICARAGUA": "E.O. 13851",
    "NICARAGUA-NHRAA": "Nicaragua Human Rights and Anticorruption Act of 2018",
    "SDNT": "E.O. 12978",
    "SDNTK": "Foreign Narcotics Kingpin Designation Act",
    "SOMALIA": "E.O. 13536",
    "SOUTH SUDAN": "E.O. 13664",
    "SUDAN-EO14098": "E.O. 14098",
    "TCO": "E.O. 13581",
    "UHRPA": "Uyghur Human Rights Policy Act of 2020",
    "VENEZUELA": "E.O. 13692",
    "VENEZUELA-EO13850": "E.O. 13850",
    "VENEZUELA-EO13884": "E.O. 13884",
    "WEST-BANK-EO14115": "E.O. 14115",
    "YEMEN": "E.O. 13611",
}

_SEPARATOR = re.compile(r"\]\s*\[")


def parse_ofac_programs(text: str | None) -> tuple[str, ...]:
    """The programme tags of one ``Program`` cell, in order, without repeats.

    Example:
        >>> parse_ofac_programs("NPWMD] [DPRK2")
        ('NPWMD', 'DPRK2')
        >>> parse_ofac_programs("[SDGT]"), parse_ofac_programs("-0- ")
        (('SDGT',), ())
    """
    if text is None or text.strip() in ("", "-0-"):
        return ()
    tags: list[str] = []
    for part in _SEPARATOR.split(text.strip()):
        tag = part.strip().strip("[]").strip()
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)


def legal_basis_of(programmes: tuple[str, ...]) -> tuple[str, ...]:
    """The legal bases of the known tags among ``programmes``, in order, without repeats."""
    bases: list[str] = []
    for tag in programmes:
        basis = OFAC_PROGRAM_LEGAL_BASIS.get(tag)
        if basis is not None and basis not in bases:
            bases.append(basis)
    return tuple(bases)
