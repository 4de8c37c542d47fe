using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Outline;

/// <summary>
/// Section roles from headings (domain.md §4): 指导思想 → principle, 工作目标 → goal, 主要任务 → task,
/// 保障措施 → measure, 工作步骤 → timeline. Works on search-view (Simplified) headings.
/// </summary>
public static partial class RoleClassifier
{
    // Order matters: the first rule whose words occur wins (保障措施 before 措施; 目标任务 is a goal heading).
    private static readonly (string Role, string[] Words)[] Rules =
    [
        (Roles.Timeline, ["工作步骤", "实施步骤", "进度安排", "时间安排", "时间节点", "实施阶段", "工作安排", "推进步骤", "阶段安排"]),
        (Roles.Measure, ["保障措施", "组织实施", "组织领导", "职责分解", "职责分工", "保障机制", "配套政策", "工作要求", "组织保障",
                         "政策保障", "加强领导", "督查考核", "考核评价", "实施保障", "治理保障", "支撑保障"]),
        (Roles.Principle, ["指导思想", "基本原则", "工作方针", "总体要求", "创建原则", "指导原则", "总体思路", "工作原则", "发展思路", "原则"]),
        (Roles.Goal, ["目标", "预期成效"]),
        (Roles.Task, ["主要任务", "重点任务", "重点工作", "重点工程", "工作任务", "主要措施", "工作重点", "重点项目", "任务"]),
    ];

    // A heading that names an undertaking (实施质量提升工程, 开展质量提升行动) announces tasks; 工程质量 does not.
    private static readonly string[] TaskEndings = ["工程", "行动", "活动", "计划", "战略"];

    /// <summary>The role a heading announces, or null when it names none.</summary>
    public static string? FromHeading(string searchHeading)
    {
        foreach (var (role, words) in Rules)
        {
            if (words.Any(w => searchHeading.Contains(w, StringComparison.Ordinal)))
            {
                return role;
            }
        }
        var trimmed = searchHeading.TrimEnd('。', '.', ';', '；');
        return TaskEndings.Any(e => trimmed.EndsWith(e, StringComparison.Ordinal)) ? Roles.Task : null;
    }

    /// <summary>A clause that assigns responsible departments is a task whatever its heading says.</summary>
    public static bool AssignsResponsibility(string searchText) => Responsibility().IsMatch(searchText);

    [GeneratedRegex(@"(?:牵头(?:责任)?单位|责任单位|责任部门|配合单位|协同配合单位|牵头部门)[:：]|按职责分工负责|分工负责\)|负责落实\)")]
    private static partial Regex Responsibility();
}
