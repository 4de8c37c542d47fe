using PolicyGraph.Core.Model;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Outline;

public class OutlineParserTests
{
    private static readonly string[] Chrome = ["当前位置", "字体", "打印", "索引号", "索 引 号", "来源:", "来源：", "生成日期", "此件公开发布"];

    [Fact]
    public void Document_004_has_seventeen_tasks_under_five_parts_as_written()
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile("004"));
        var parts = outline.Sections.Where(s => s.ParentIndex is null).ToList();
        Assert.Equal(["開展質量提升行動", "推動質量品牌創建", "強化質量安全監管", "夯實質量發展基礎", "推進質量社會共治"], parts.Select(p => p.Heading));
        var tasks = outline.Clauses.Where(c => c.Number is not null && c.Number.StartsWith('(')).ToList();
        Assert.Equal(17, tasks.Count);
        string[] numbers = ["(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)", "(十一)", "(十二)", "(十三)", "(十四)", "(十五)", "(十六)", "(十七)"];
        Assert.Equal(numbers, tasks.Select(t => t.Number));
        // (一)(二) under part one, (三)…(五) under part two, … (十五)…(十七) under part five.
        Assert.Equal([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4], tasks.Select(t => parts.FindIndex(p => p.Index == t.SectionIndex)));
        Assert.All(tasks, t => Assert.Equal(Roles.Task, t.Role));
        Assert.StartsWith("(十二)強化質量統計分析。", tasks[11].Text, StringComparison.Ordinal);
        Assert.Contains("巨觀質量統計", tasks[11].Text, StringComparison.Ordinal);
        Assert.Equal("強化質量統計分析", tasks[11].Heading);
        Assert.EndsWith("省旅遊發展委按職責分工負責)", tasks[16].Text, StringComparison.Ordinal);
    }

    public static TheoryData<string> AllFiles() => [.. TestDocuments.AllReferenceFiles().Concat(TestDocuments.AllSampleFiles())];

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void No_clause_carries_page_chrome(string path)
    {
        var outline = TestDocuments.Outline(path);
        Assert.NotEmpty(outline.Clauses);
        foreach (var clause in outline.Clauses)
        {
            Assert.DoesNotContain(Chrome, c => clause.Text.Contains(c, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Every_path_is_unique_and_every_clause_has_a_known_role(string path)
    {
        var outline = TestDocuments.Outline(path);
        Assert.Equal(outline.Clauses.Count, outline.Clauses.Select(c => c.Path).Distinct().Count());
        Assert.Equal(outline.Sections.Count, outline.Sections.Select(c => c.Path).Distinct().Count());
        Assert.All(outline.Clauses, c => Assert.Contains(c.Role, Roles.All));
        Assert.All(outline.Sections, s => Assert.Contains(s.Role, Roles.All));
    }

    [Theory]
    [InlineData("002", "池州市贵池区创建安徽省质量强区活动实施方案", "经区政府同意,现将《池州市贵池区创建安徽省质量强区活动实施方案》印发给你们,请认真抓好落实。", "指导思想和创建原则")]
    [InlineData("003", "全面推进质量强市建设实施方案", "现将《全面推进质量强市建设实施方案》印发给你们,请结合实际,认真组织实施。", "总体要求")]
    public void Recognises_a_notice_and_its_attachment(string prefix, string attachment, string cover, string firstPart)
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile(prefix));
        Assert.True(outline.Front.IsNotice);
        Assert.Equal(attachment, outline.Front.AttachmentTitle);
        var notice = outline.Sections.Single(s => s.Kind == SectionKinds.Notice);
        var coverClauses = outline.Clauses.Where(c => c.SectionIndex == notice.Index).ToList();
        Assert.Equal([cover], coverClauses.Select(c => c.Text));
        // The cover does not swallow the policy: the attachment's preamble and parts are outside it.
        Assert.StartsWith("为", outline.Clauses.Single(c => c.Path == "p1").Text, StringComparison.Ordinal);
        Assert.Equal(Roles.Preamble, outline.Clauses.Single(c => c.Path == "p1").Role);
        Assert.Equal(firstPart, outline.Sections.Single(s => s.Path == "1").Heading);
        Assert.True(outline.Clauses.Count(c => c.SectionIndex != notice.Index) > 20);
    }

    [Fact]
    public void A_task_keeps_its_second_paragraph_and_its_department_list()
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile("003"));
        var task = outline.Clauses.Single(c => c.Path == "5.1");
        Assert.StartsWith("(一)提升农产品和食品药品质量安全。", task.Text, StringComparison.Ordinal);
        Assert.Contains("\n严格监督实施药品、医疗器械和化妆品生产经营的质量管理规范。", task.Text, StringComparison.Ordinal);
        Assert.EndsWith("(责任单位:市农业农村局、现代农业发展服务中心、草牧业发展中心、市市场监管局、市卫体局)", task.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_items_hang_under_their_lead_paragraph()
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile("001"));
        var lead = outline.Clauses.Single(c => c.Text == "到2015年,产品质量发展的具体目标:");
        var items = outline.Clauses.Where(c => c.LeadIndex == lead.Index).ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.StartsWith("——", i.Text, StringComparison.Ordinal));
        Assert.All(items, i => Assert.Equal(Roles.Goal, i.Role));
        Assert.Equal("产品质量", outline.Sections[lead.SectionIndex!.Value].Heading);
    }

    [Fact]
    public void Roles_come_from_headings()
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile("002"));
        string RoleOf(string heading) => outline.Sections.Single(s => s.Heading == heading).Role;
        Assert.Equal(Roles.Principle, RoleOf("指导思想和创建原则"));
        Assert.Equal(Roles.Goal, RoleOf("创建目标"));
        Assert.Equal(Roles.Task, RoleOf("主要任务"));
        Assert.Equal(Roles.Task, RoleOf("重点工作和责任部门"));
        Assert.Equal(Roles.Timeline, RoleOf("工作步骤"));
        Assert.Equal(Roles.Measure, RoleOf("配套政策和组织实施"));
    }

    [Fact]
    public void Unnamed_parts_that_assign_departments_are_tasks()
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile("003"));
        Assert.Equal(Roles.Task, outline.Sections.Single(s => s.Heading == "创新质量发展新方式").Role);
        Assert.Equal(Roles.Measure, outline.Sections.Single(s => s.Heading == "加强质量治理保障").Role);
    }

    [Fact]
    public void The_closing_signature_and_date_are_not_clauses()
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile("001"));
        Assert.Equal("山西省人民政府", outline.Front.SignOffOrganisation?.Text);
        Assert.Equal("2013年5月2日", outline.Front.SignOffDate?.Text);
        Assert.DoesNotContain(outline.Clauses, c => c.Text is "山西省人民政府" or "2013年5月2日");
    }

    [Fact]
    public void Repeated_title_lines_are_one_title_and_no_clause()
    {
        var outline = TestDocuments.Outline(RepositoryFiles.CorpusFile("000"));
        Assert.Equal("呼和浩特市人民政府关于加快推进质量强市建设的实施意见", outline.Front.Title?.Text);
        Assert.DoesNotContain(outline.Clauses, c => c.Text.Contains("质量强市建设的实施意见", StringComparison.Ordinal) && c.Text.Length < 40);
    }

    [Fact]
    public void Numbering_styles_nest_in_the_order_they_appear()
    {
        var outline = TestDocuments.OutlineOfText("""
            一、主要任务
            (一)提升质量
            1.产品质量。抽查合格率达到95%以上。
            2.工程质量。验收合格率达到100%。
            (二)强化监管
            加强质量安全监管,严厉打击违法行为。
            二、保障措施
            ①加强组织领导。成立领导小组。
            ②加大投入。设立专项资金。
            """);
        Assert.Equal(["1", "1.1", "1.2", "2"], outline.Sections.Select(s => s.Path));
        Assert.Equal(["1.1.1", "1.1.2", "1.2.p1", "2.1", "2.2"], outline.Clauses.Select(c => c.Path));
        Assert.Equal(["产品质量", "工程质量", null, "加强组织领导", "加大投入"], outline.Clauses.Select(c => c.Heading));
        Assert.Equal([Roles.Task, Roles.Task, Roles.Task, Roles.Measure, Roles.Measure], outline.Clauses.Select(c => c.Role));
    }

    [Fact]
    public void Clause_text_maps_back_into_the_original()
    {
        var path = RepositoryFiles.CorpusFile("004");
        var doc = TestDocuments.Normalised(path);
        foreach (var clause in TestDocuments.Outline(path).Clauses)
        {
            var original = doc.Original[clause.SourceStart..clause.SourceEnd];
            Assert.Equal(clause.Text.Replace("\n", string.Empty, StringComparison.Ordinal), original.Replace("\n", string.Empty, StringComparison.Ordinal).Trim());
        }
    }

    /// <summary>
    /// A page typed with half-width punctuation (a 2008 page): parts numbered 一, and opening on a year, items ending in
    /// a half-width point, which makes a short item a sentence and not a heading.
    /// </summary>
    [Fact]
    public void A_half_width_page_has_its_parts_and_items()
    {
        var outline = TestDocuments.OutlineOfText("""
            一,2007年工作回顾
            2007年,全市产品质量国家监督抽查合格率为88.6%.
            二,2008年主要目标
            1.全市产品质量国家监督抽查合格率达到90%以上;
            2.新增认证企业100家.
            三,工作措施
            (一)深入实施名牌战略.建立名牌产品培育库.
            (二)加强产品质量监督.开展专项监督抽查.
            """);
        Assert.Equal(["2007年工作回顾", "2008年主要目标", "工作措施"], outline.Sections.Where(s => s.ParentIndex is null).Select(s => s.Heading));
        Assert.Equal(["1.p1", "2.1", "2.2", "3.1", "3.2"], outline.Clauses.Select(c => c.Path));
        Assert.Equal("2.新增认证企业100家.", outline.Clauses.Single(c => c.Path == "2.2").Text);
    }
}
