#!/bin/sh
# naive Traditional as the sampled mirror shows it: OpenCC s2t, then the forms such mirrors leave
# unconverted or convert by character (并 kept, 关于 -> 關于, 为 -> 為, 回应 -> 回應 already).
opencc -c s2t.json | sed -e 's/並/并/g' -e 's/關於/關于/g' -e 's/爲/為/g' -e 's/衆/眾/g' -e 's/着/著/g' -e 's/峯/峰/g'
