#!/usr/bin/env python3
"""Deterministic build of part FR's Traditional fixtures: OpenCC s2t, then pinyin after listed characters."""
import subprocess, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / ".." / ".." / ".." / ".." / "tests" / "HeldOut"
JOBS = {
 "z1841": ("z1841_l6-traditional-pinyin-unrelated-host-copy-food-paper-item-city-quality-city-and-target-assessment-push-meeting-2021-datetime-views-source-first-no-headline-rates-achieved-cut.txt",
           {"網":"wǎng","報":"bào","濟":"jì","觀":"guān","質":"zhì","強":"qiáng","設":"shè","標":"biāo","進":"jìn","會":"huì","現":"xiàn","導":"dǎo","實":"shí","題":"tí"}),
 "z1843": ("z1843_l6-traditional-pinyin-prefecture-news-site-copy-autonomous-prefecture-quality-month-launch-2011-hotline-first-no-headline-numbered-activities-cut.txt",
           {"認":"rèn","業":"yè","設":"shè","關":"guān","開":"kāi","動":"dòng","進":"jìn","轉":"zhuǎn","變":"biàn","發":"fā","傳":"chuán","廣":"guǎng","驗":"yàn","標":"biāo","準":"zhǔn","協":"xié","導":"dǎo"}),
 "z1850": ("z1850_l6-traditional-pinyin-unrelated-host-copy-firm-region-subsidiaries-enter-province-government-quality-award-acceptance-list-body-only-no-headline-no-date.txt",
           {"質":"zhì","獎":"jiǎng","區":"qū","強":"qiáng","業":"yè","營":"yíng","運":"yùn","單":"dān","進":"jìn","級":"jí","標":"biāo","準":"zhǔn","績":"jì","務":"wù"}),
}
for key, (name, pin) in sorted(JOBS.items()):
    src = (HERE / f"{key}.src.txt").read_text(encoding="utf-8")
    trad = subprocess.run(["opencc", "-c", "s2t.json"], input=src, capture_output=True, text=True, check=True).stdout
    out = "".join(ch + (f"({pin[ch]})" if ch in pin else "") for ch in trad)
    (OUT / name).write_text(out, encoding="utf-8")
    print("wrote", name)
