using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>What a page puts before or after a title that is no part of it: tags, columns, a subtitle naming whom it visits.</summary>
public sealed partial record TitleLine
{
    /// <summary>A site's name glued in front of the title: <c>某某法规网——法规检索山西省人民政府关于…</c>, <c>某某网_关于…</c>.</summary>
    private static string StripSiteName(string text)
    {
        // A search site's name glued to the title with no separator (中国法律信息搜索网锦州市人民政府办公室关于…, 法典搜--中国法规信息检索网重庆市…):
        // cut where what follows is a title with its issuer.
        // Or a place's own regulation (法搜网--中国法律信息搜索网贵州省计量条例): a title that opens on its place.
        if (GluedSearchSite().Match(text) is { Success: true } glued && Read(glued.Groups["rest"].Value) is { ReadsAsTitle: true } gluedTitle
            && (gluedTitle.IssuerPrefix is not null || Core.Regions.Gazetteer.Instance.LeadingPlaces(glued.Groups["rest"].Value).Count > 0))
        {
            return glued.Groups["rest"].Value;
        }
        // A reprinting site's tag for the source before the title ([住建部]关于…的通知, 【国务院】…): cut where a title follows.
        // A paper's or an agency's name in the tag ([中国质量报]…) is the source whatever headline follows.
        // So is a host's place tag (辽宁[红透山镇] 红透山镇市场监管所…): a place, then a place in brackets; and a column's name in
        // corner marks (◤网络视点◢…).
        if (SourceTag().Match(text) is { Success: true } tag && (tag.Groups["place"].Success
                ? text.Length - tag.Length >= 6 && Core.Regions.Gazetteer.Instance.FindAll(tag.Groups["place"].Value).Count > 0
                : Read(text[tag.Length..]) is { ReadsAsTitle: true } || ((MediaTag().IsMatch(tag.Value) || tag.Value[0] is '◤' or '〖') && text.Length - tag.Length >= 6)))
        {
            return text[tag.Length..];
        }
        var m = GluedSite().Match(text);
        // A phone number beside the site's name (标准查询网-电话:010-…) is chrome whatever follows it.
        return m.Success && Read(m.Groups["rest"].Value) is var rest && (rest.ReadsAsTitle || rest.HeadlineIssuer is not null || SitePhone().IsMatch(m.Groups["site"].Value))
            ? m.Groups["rest"].Value
            : text;
    }

    [GeneratedRegex(@"^(?:[0-9]{1,2}\s*(?:小时|x|X|×)\s*)?\p{IsCJKUnifiedIdeographs}{0,4}(?:报道|報道|快讯|快訊|快报|快報|资讯|資訊|要闻|要聞|动态|動態|聚焦|视点|視點|速递|速遞|播报|播報|社评|社評|时评|時評|短评|短評|述评|述評|评论|評論|简讯|簡訊)\s*[:：丨｜|]\s*(?=\S{6,})|^\p{IsCJKUnifiedIdeographs}{2,6}\s*[丨｜|]\s*(?=(?:\S[ \u3000]?){10,})")]
    private static partial Regex ColumnLabel();

    // A site's tag (【全文】), an aggregator's 原标题： label, a sharing site's 文档介绍： label, a yearbook's section number (第一节 宣传贯彻…), or a category in quotes
    // before a space (“党政混合信息公开” …).
    [GeneratedRegex(@"^(?:(?:[【\[](?:全文|重磅|转载|权威发布|原文|政策|最新|关注|头条|聚焦|解读|公告|通知|文件|分享|有效|现行有效|失效|已失效|废止|已废止)[】\]]|原标题[:：]|原標題[:：]|文档介绍[:：]|文檔介紹[:：]|文档简介[:：]|原创\s|原創\s|第[一二三四五六七八九十]{1,3}篇[:：]|第[一二三四五六七八九十]{1,3}[节節]\s|[·•▪◆■●]\s|[“""][^“”""]{2,12}[”""]\s)\s*)+")]
    private static partial Regex LeadingTag();

    // …and a paper site's label of the headline's part (…稳中向好(主题)); a list's ellipsis where it cut the headline (…推动江苏品牌走...);
    // the version of the page (…的政策解读-文字, beside its 图解); a column's name spaced off after it (…交出亮眼成绩单 要闻).
    [GeneratedRegex(@"\s*[-_](?:文字|文字版|图文版)$|\s*[【\[](?:有效|现行有效|現行有效|失效|已失效|部分失效|废止|已废止|已廢止|尚未生效)[】\]]$|\s*[(（](?:主题|主題|副题|副題|引题|引題)[)）]$|\s*[(（](?:图文|圖文|组图|組圖|多图|多圖|附图|附圖|视频|視頻)[)）]$|(?<=\p{IsCJKUnifiedIdeographs})\s*(?:\.{3,6}|…{1,2})$|(?<=\S{8})[ \u3000]+(?:要闻|要聞|焦点|焦點|头条|頭條|热点|熱點|推荐|推薦)$")]
    private static partial Regex TrailingPageLabel();

    [GeneratedRegex(@"\s*(?:——|—|--)\s*(?:专访|訪|访|對話|对话)\p{IsCJKUnifiedIdeographs}.*$")]
    private static partial Regex InterviewTail();

    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{2,4}(?=[\[【［]))?[\[【［]\p{IsCJKUnifiedIdeographs}{2,8}[\]】］]\s*|^[◤〖]\p{IsCJKUnifiedIdeographs}{2,8}[◢〗]\s*")]
    private static partial Regex SourceTag();

    [GeneratedRegex(@"(?:报|網|网|社|台|新闻|新聞)\s*[\]】］]\s*$")]
    private static partial Regex MediaTag();

    // A law site's version label (2004修正) carries no 年; a text's own name for its revision does (…办法(2025年修订)).
    [GeneratedRegex(@"\s*[(（](?:19|20)[0-9]{2}(?:修正|修订|修改|第[一二三四五六七八九十]次修正)(?:本)?[)）]$")]
    private static partial Regex Revision();

    /// <summary>An issuer and its notice's title in two cells joined by a bar (工业和信息化部办公厅|关于开展…的通知).</summary>
    [GeneratedRegex(@"^(?<org>\p{IsCJKUnifiedIdeographs}{3,30}(?:办公厅|办公室|部|局|委员会|委|政府|厅))\s*[|｜丨]\s*(?=关于)")]
    private static partial Regex IssuerPipe();

    /// <summary>The page of a paged article after its column's bracket (国货精品加快迈向中高端(消费新观察)(3)): not the headline's.</summary>
    [GeneratedRegex(@"(?<=[)）])[(（][0-9]{1,2}[)）]$")]
    private static partial Regex PageIndex();

    /// <summary>A portal's mark over a normative document, its issuer's name before it (抚州市人民政府 行政规范性文件 【有效】…).</summary>
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,30}\s+)?(?:行政)?规范性文件\s*(?=[【\[])")]
    private static partial Regex NormativeMark();

    [GeneratedRegex(@"^.{0,12}?搜索[:：]?(?:\s*(?:标题|全文|正文|文号|高级))*\s*搜索\s*")]
    private static partial Regex SearchBox();

    /// <summary>A site's column names that pages glue before a title: 政策法规, 通知公告, 政策文件 ….</summary>
    [GeneratedRegex(@"^(?:政策法规|政策文件|通知公告|公示公告|工作动态|信息公开|政务公开|文件通知|最新文件|规范性文件|政府文件|部门文件)(?=\p{IsCJKUnifiedIdeographs}{2,}(?:省|市|县|区|州|旗|盟|人民政府|关于))")]
    private static partial Regex ColumnName();

    // A lottery's name with its year (2024新澳门六合彩开奖结果), or three or more of a gambling site's words in a row
    // (今晚六合彩开奖结果直播, 新版特马资料免费大全一码中): never a headline's own.
    [GeneratedRegex(@"(?:(?:19|20)[0-9]{2}年?)?(?:香港|澳门|澳門|新澳门|新澳門|新澳)(?:六合彩|六和彩|彩票)(?:开奖|開獎)?(?:结果|結果|记录|記錄|直播|资料|資料|号码|號碼)?|(?:(?:今晚|新版|最新|六合彩|六合|特马|资料|免费|大全|一码中|开奖|结果|直播|澳门|香港|彩票|娱乐城|官网|线上|投注|真人|官方|下载|app|APP|平台|博彩|赌场)[_\-]?){3,}")]
    private static partial Regex InsertedSpam();

    [GeneratedRegex(@"\s*(?:-|—|_|\|)\s*[^-—_|《》]{2,24}$")]
    private static partial Regex CategorySuffix();

    [GeneratedRegex(@"(?<=解读|解讀)\p{IsCJKUnifiedIdeographs}{0,4}(?:政策|动态|動態|要闻|要聞|新闻|新聞|专栏|專欄|资讯|資訊)$")]
    private static partial Regex TrailingColumn();

    /// <summary>
    /// A betting site's keyword a hijacked page prints where a name stood, with its colon (金沙彩票网:, 皇冠体育投注平台:): no
    /// title's word.
    /// </summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{0,6}(?:彩票|投注|博彩|棋牌|赌场|娱乐城|百家乐)(?:网|平台|官网|网站|app|APP)?\s*[:：]")]
    private static partial Regex GamblingWord();

    [GeneratedRegex(@"「\s*」|『\s*』|【\s*】|〖\s*〗|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"[,，](?=[!！?？。])")]
    private static partial Regex StrayComma();
}
