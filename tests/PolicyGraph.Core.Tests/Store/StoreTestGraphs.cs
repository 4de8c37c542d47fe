using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Tests.Store;

/// <summary>A small document with every kind of part (sections nested, clauses, a goal, an indicator measuring it, tasks with departments, citations).</summary>
internal static class StoreTestGraphs
{
    public const string CitedNumber = "国发〔2012〕9号";
    public const string CitedTitle = "质量强国建设纲要";

    public static DocumentGraph Full(string id, string source, string hash, int clauses)
    {
        var graph = SqliteGraphStoreTests.Graph(id, source, hash, clauses);
        var sub = new Section { Id = id + ".s1.1", ParentId = id + ".s1", Ordinal = 1, Path = "1.1", Number = "(一)", Heading = "发展目标", Role = Roles.Goal, Kind = SectionKinds.Part };
        var first = graph.Clauses[0] with { Heading = "产品质量", Facet = "product", FacetFromHeading = true, SectionId = sub.Id };
        var second = clauses > 1 ? graph.Clauses[1] with { LeadId = first.Id } : null;
        var goal = new Goal { Id = id + ".g1", ClauseId = first.Id, Title = "农产品质量安全抽检合格率稳定在98%以上" };
        var department = new DepartmentRef { Name = "市市场监管局", Canonical = "呼和浩特市市场监督管理局", Function = "market-regulation", Jurisdiction = "呼和浩特市" };
        var support = new DepartmentRef { Name = "市农牧局", Canonical = "呼和浩特市农牧局", Function = null, Jurisdiction = "呼和浩特市" };
        return graph with
        {
            Document = graph.Document with
            {
                Issuer = "呼和浩特市人民政府", Date = "2017-03-01", Province = "内蒙古自治区", Region = "呼和浩特市", DocType = "意见",
                AttachmentTitle = "呼和浩特市质量强市实施方案", Published = "2017-03-05",
                IngestedAt = new DateTimeOffset(2026, 11, 23, 10, 30, 0, 123, TimeSpan.Zero),
            },
            Sections = [graph.Sections[0], sub],
            Clauses = [first, .. second is null ? [] : new[] { second }, .. graph.Clauses.Skip(2)],
            Goals = [goal],
            Indicators =
            [
                new Indicator { Id = id + ".i1", ClauseId = first.Id, GoalId = goal.Id, Name = "主要农产品质量安全抽检合格率", Comparator = ">=", Value = 98.5, Unit = "%", Year = 2020, Text = "稳定在98.5%以上", Start = 3, End = 12 },
                new Indicator { Id = id + ".i2", ClauseId = first.Id, Name = "制造业产品质量合格率", Comparator = ">", Value = 93, Unit = "%", Text = "达到93%" },
            ],
            Tasks =
            [
                new PolicyTask { Id = id + ".t1", ClauseId = first.Id, Title = "产品质量", Lead = [department], Support = [support, department with { Name = "市场监管局" }] },
                new PolicyTask { Id = id + ".t2", ClauseId = first.Id, Title = "无部门的任务" },
            ],
            Citations =
            [
                new Citation { Id = id + ".x1", ClauseId = first.Id, Raw = "国发〔2012〕9号", Number = CitedNumber, Relation = Relations.Implements },
                new Citation { Id = id + ".x2", Raw = "《质量强国建设纲要》", Title = CitedTitle, Relation = Relations.Cites },
            ],
        };
    }
}
