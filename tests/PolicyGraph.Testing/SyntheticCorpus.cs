using System.Text;

namespace PolicyGraph.Testing;

/// <summary>A fictional administrative unit: a province, a city in it, or a county under a city.</summary>
public sealed record Place(string Name, string Level, string Code, Place? Parent);

/// <summary>A generated document: its file name, text, and the document it restates (its parent), if any.</summary>
public sealed record SyntheticDocument(string FileName, string Text, Place Place, int Year, string Number, string Title, SyntheticDocument? Parent);

/// <summary>
/// Synthetic quality-policy documents of realistic size and wording: fictional provinces, cities and counties,
/// years 2012–2025, each document with the usual parts (指导思想, 主要目标 with quantitative targets, 主要任务 with
/// responsible departments, 保障措施), citing its parent by number and title; lower levels restate their parent's
/// sentences with local numbers and names, re-ordered and trimmed, as real documents do. Deterministic for a seed.
/// </summary>
public sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] Syllables =
    [
        "云", "澜", "青", "溪", "川", "岭", "望", "松", "湖", "宁", "安", "平", "阳", "泉", "丰", "瑞", "华", "兴", "明", "清",
        "东", "西", "南", "北", "石", "林", "河", "山", "源", "长", "临", "江", "海", "沙", "桐", "柳", "枫", "梅", "兰", "竹",
    ];

    private static readonly (string Name, string Unit, double Low, double High, string Verb)[] Indicators =
    [
        ("产品质量监督抽查合格率", "%", 88, 97, "稳定在{0}%以上"),
        ("主要农产品质量安全抽检合格率", "%", 95, 99, "保持在{0}%以上"),
        ("农业标准化生产普及率", "%", 30, 60, "超过{0}%"),
        ("建设工程一次验收合格率", "%", 98, 100, "达到{0}%"),
        ("服务业顾客满意度指数", "", 75, 86, "达到{0}以上"),
        ("列入强制检定目录的工作计量器具受检率", "%", 90, 100, "达到{0}%以上"),
        ("规模以上工业企业推行首席质量官制度的比例", "%", 20, 60, "达到{0}%以上"),
        ("食品抽检合格率", "%", 96, 99, "{0}%以上"),
    ];

    private static readonly string[] TaskHeadings =
    [
        "强化企业质量主体责任", "提升重点领域质量水平", "夯实质量技术基础", "实施品牌发展战略", "加强质量安全监管",
        "推进质量诚信体系建设", "加强质量人才队伍建设", "弘扬质量文化", "推动质量技术创新", "提升服务业质量",
        "保障建设工程品质", "提高农产品和食品质量安全水平", "完善缺陷产品召回制度", "推进标准化工作改革",
    ];

    private static readonly string[] TaskSentences =
    [
        "引导企业牢固树立质量第一的理念,建立健全覆盖产品设计、原材料采购、生产制造、检验检测和售后服务全过程的质量管理体系。",
        "在规模以上工业企业中推行首席质量官制度,落实企业法定代表人质量第一责任。",
        "围绕装备制造、电子信息、生物医药、新材料等主导产业,开展质量对标和质量攻关活动,提高关键零部件和重点产品的质量稳定性。",
        "实施标准化战略,鼓励企业主导或参与制定国际标准、国家标准和行业标准,加快建设社会公用计量标准。",
        "完善名牌培育机制,支持企业申报中国质量奖和省长质量奖,培育一批具有自主知识产权的知名品牌。",
        "加大产品质量监督抽查力度,对重点产品实行全覆盖监督抽查,严厉打击制售假冒伪劣商品违法行为。",
        "建立企业质量信用档案,推动质量信用信息与公共信用信息平台共享,建立健全质量信用“黑名单”制度。",
        "广泛开展“质量月”活动,加强质量宣传教育,营造全社会重视质量、追求质量的良好氛围。",
        "加强质量专业技术人才培养,支持高校设置质量相关专业,培育一批质量领军人才。",
        "落实缺陷产品召回制度,推行产品质量安全责任保险,健全质量安全风险监测和预警机制。",
        "开展电梯安全攻坚行动,加强特种设备安全监管,提升公共场所特种设备安全水平。",
        "加强宏观质量统计分析,定期开展产品、工程、服务质量状况分析,为政府质量决策提供依据。",
        "推进检验检测机构市场化改革,建设国家级和省级质检中心,提升检验检测服务能力。",
        "落实工程质量终身责任制,强化建设单位首要责任和勘察、设计、施工、监理单位主体责任。",
    ];

    private static readonly string[] Departments =
    [
        "市场监管局", "发展改革委", "工信局", "科技局", "农业农村局", "住建局", "商务局", "文旅局", "财政局", "教育局",
        "人社局", "卫健委", "交通运输局", "水利局", "统计局", "公安局",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Generates <paramref name="count"/> documents: about one province in 25, one city in 5, the rest counties.</summary>
    public IReadOnlyList<SyntheticDocument> Generate(int count)
    {
        var documents = new List<SyntheticDocument>(count);
        var provinces = new List<SyntheticDocument>();
        var cities = new List<SyntheticDocument>();
        for (var i = 0; i < count; i++)
        {
            SyntheticDocument doc;
            if (provinces.Count == 0 || i % 25 == 0)
            {
                doc = Document(i, new Place(Name(2) + "省", "province", Code(), null), null);
                provinces.Add(doc);
            }
            else if (cities.Count == 0 || i % 5 == 0)
            {
                var parent = provinces[_random.Next(provinces.Count)];
                doc = Document(i, new Place(Name(2) + "市", "prefecture", Code(), parent.Place), parent);
                cities.Add(doc);
            }
            else
            {
                var parent = cities[_random.Next(cities.Count)];
                doc = Document(i, new Place(Name(2) + (_random.Next(3) == 0 ? "区" : "县"), "county", Code(), parent.Place), parent);
            }
            documents.Add(doc);
        }
        return documents;
    }

    public void WriteTo(string directory, IEnumerable<SyntheticDocument> documents)
    {
        Directory.CreateDirectory(directory);
        foreach (var d in documents)
        {
            File.WriteAllText(Path.Combine(directory, d.FileName), d.Text, new UTF8Encoding(false));
        }
    }

    private SyntheticDocument Document(int index, Place place, SyntheticDocument? parent)
    {
        var year = Math.Clamp((parent?.Year ?? 2011) + 1 + _random.Next(3), 2012, 2025);
        var horizon = year + 3 + _random.Next(3);
        var issuer = place.Name + "人民政府";
        var unit = place.Level switch { "province" => "省", "prefecture" => "市", _ => place.Name[^1..] };
        var number = $"{place.Code}政发〔{year}〕{1 + _random.Next(60)}号";
        var title = $"{issuer}关于加快推进质量强{unit}建设的实施意见";
        var text = new StringBuilder();
        text.AppendLine(title).AppendLine().AppendLine(number).AppendLine();
        text.AppendLine(place.Level switch
        {
            "province" => "各市(州)、县(市、区)人民政府,省政府各部门:",
            "prefecture" => "各县(市、区)人民政府,市政府各部门:",
            _ => "各乡镇人民政府、街道办事处," + unit + "直各部门:",
        }).AppendLine();
        var cited = parent is null
            ? "国务院《质量发展纲要(2011—2020年)》(国发〔2012〕9号)"
            : $"《{parent.Title}》({parent.Number})";
        text.AppendLine($"为深入贯彻落实{cited}精神,全面提升我{unit}产品质量、工程质量、服务质量和环境质量总体水平,结合我{unit}实际,现就加快推进质量强{unit}建设提出如下实施意见。").AppendLine();
        text.AppendLine("一、指导思想").AppendLine();
        text.AppendLine($"以提高发展质量和效益为中心,坚持以质取胜,牢固树立质量第一的理念,推动质量、标准、品牌深度融合,为建设幸福{place.Name}提供坚实的质量支撑。").AppendLine();
        text.AppendLine("二、主要目标").AppendLine();
        text.AppendLine($"到{horizon}年,全{unit}质量总体水平显著提升,质量安全得到有效保障,品牌竞争力明显增强,主要质量指标达到或超过上级平均水平。").AppendLine();
        var targets = Indicators.OrderBy(_ => _random.Next()).Take(4 + _random.Next(4)).ToList();
        var n = 0;
        foreach (var chunk in targets.Chunk(2))
        {
            var sentences = chunk.Select(t =>
            {
                var value = Math.Round(t.Low + _random.NextDouble() * (t.High - t.Low));
                return t.Name + string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Verb, value);
            });
            text.AppendLine($"({Chinese(++n)}){string.Join(",", sentences)}。").AppendLine();
        }
        text.AppendLine("三、主要任务").AppendLine();
        var tasks = TaskHeadings.Select((h, i) => (h, i)).OrderBy(_ => _random.Next()).Take(6 + _random.Next(6)).ToList();
        n = 0;
        foreach (var (heading, i) in tasks)
        {
            var body = new StringBuilder();
            // Lower levels restate their parent's sentences, re-ordered and trimmed.
            var sentences = TaskSentences.Skip(i % TaskSentences.Length).Concat(TaskSentences).Take(2 + _random.Next(3));
            foreach (var s in sentences)
            {
                body.Append(_random.Next(4) == 0 ? s.Replace("企业", "市场主体", StringComparison.Ordinal) : s);
            }
            var lead = Departments[_random.Next(Departments.Length)];
            var support = Departments.OrderBy(_ => _random.Next()).Take(2 + _random.Next(3)).Where(d => d != lead).Select(d => unit + d);
            text.AppendLine($"({Chinese(++n)}){heading}。{body}(牵头单位:{unit}{lead},配合单位:{string.Join("、", support)}等)").AppendLine();
        }
        text.AppendLine("四、保障措施").AppendLine();
        text.AppendLine($"(一)加强组织领导。成立{unit}质量强{unit}工作领导小组,统筹协调全{unit}质量工作,领导小组办公室设在{unit}市场监管局。").AppendLine();
        text.AppendLine($"(二)加大经费投入。{unit}财政要将产品质量监督抽查、计量器具强制检定等经费纳入预算,对获得质量奖的企业按照有关规定给予奖励。").AppendLine();
        text.AppendLine($"(三)严格考核评价。将质量工作纳入年度绩效考核,考核结果向社会公布。").AppendLine();
        text.AppendLine().AppendLine(issuer).AppendLine($"{year}年{1 + _random.Next(12)}月{1 + _random.Next(28)}日");
        return new SyntheticDocument($"synthetic-{index:D5}.txt", text.ToString(), place, year, number, title, parent);
    }

    private string Name(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => Syllables[_random.Next(Syllables.Length)]));

    private string Code() => Syllables[_random.Next(Syllables.Length)];

    /// <summary>An outline number in Chinese (一 … 九十九); self-contained, as the tests that generate documents do not all reference the readers.</summary>
    private static string Chinese(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n is <= 0 or >= 100)
        {
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var (tens, ones) = (n / 10, n % 10);
        return (tens switch { 0 => "", 1 => "十", _ => digits[tens] + "十" }) + (ones > 0 ? digits[ones].ToString() : "");
    }
}
