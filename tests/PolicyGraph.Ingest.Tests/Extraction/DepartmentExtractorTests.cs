using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class DepartmentExtractorTests
{
    private static Responsibility? Read(string text, bool traditional = false) =>
        DepartmentExtractor.Extract(SearchNormaliser.Normalise(text, traditional));

    [Fact]
    public void Reads_lead_and_supporting_roles()
    {
        var r = Read("加强质量管理。(牵头责任单位:区市场监管局,协同配合单位:区发改委、区农委、区经信委、贵池工业园区等)")!;
        Assert.Equal(["区市场监管局"], r.Lead);
        Assert.Equal(["区发改委", "区农委", "区经信委", "贵池工业园区"], r.Support);
    }

    [Fact]
    public void A_list_without_roles_names_the_lead_departments_once_each()
    {
        var r = Read("推动绿色低碳转型。(责任单位:科技局、工信局,住建局、住建局)")!;
        Assert.Equal(["科技局", "工信局", "住建局"], r.Lead);
        Assert.Empty(r.Support);
    }

    [Fact]
    public void Reads_divided_duties_as_written_in_Traditional()
    {
        var r = Read("開展質量對標提升行動。(省發展改革委、省經濟和信息化委、省質監局按職責分工負責)", traditional: true)!;
        Assert.Equal(["省發展改革委", "省經濟和信息化委", "省質監局"], r.Lead);
    }

    [Fact]
    public void Reads_the_subject_of_a_duty_list_item()
    {
        Assert.Equal(["宣传部门", "政府新闻办", "广电部门"], Read("——宣传部门、政府新闻办、广电部门要组织广播、电视等媒体加强宣传。")!.Lead);
        Assert.Equal(["公安部门", "司法部门"], Read("——公安、司法等部门要加强与质量监管部门的协同配合。")!.Lead);
        // 基本要求 is not a department: a dash item that is a principle names nobody.
        Assert.Null(Read("——把安全为先作为质量发展的基本要求。强化质量安全意识。"));
    }

    [Fact]
    public void Describes_a_department_in_its_jurisdiction_with_its_line_of_function()
    {
        var d = DepartmentExtractor.Describe("区市场监管局", "贵池区", "安徽省");
        Assert.Equal("贵池区市场监督管理局", d.Canonical);
        Assert.Equal("market-regulation", d.Function);
        var old = DepartmentExtractor.Describe("省質監局", "四川省", "四川省");
        Assert.Equal("四川省质量技术监督局", old.Canonical);
        Assert.Equal("market-regulation", old.Function);
        Assert.Equal("怀仁市工业和信息化局", DepartmentExtractor.Describe("工信局", "怀仁市", "山西省").Canonical);
        Assert.Equal("development-reform", DepartmentExtractor.Describe("区发改委", "贵池区", "安徽省").Function);
        Assert.Equal("defence-industry", DepartmentExtractor.Describe("省国防科工办", "四川省", "四川省").Function);
    }

    [Fact]
    public void Parentheses_that_assign_nobody_are_not_departments() =>
        Assert.Null(Read("人民群众对工程质量(尤其是住宅质量)满意度显著提高。"));
}
