# Sourced by the zoo's build scripts (parts H–AB): the naive Simplified -> Traditional map a content site or mirror
# applies — OpenCC's s2t, then the forms such converters leave Simplified-looking (關於 -> 關于, 佔 -> 占, 發佈 -> 發布,
# 爲 -> 為, 製 -> 制) undone. One definition, so every part's copies are made by the same map.
naive_traditional() {
  opencc -c s2t -i "$1" | sed -e 's/關於/關于/g' -e 's/佔/占/g' -e 's/發佈/發布/g' -e 's/爲/為/g' -e 's/製/制/g'
}
