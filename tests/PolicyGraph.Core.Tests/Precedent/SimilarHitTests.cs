using PolicyGraph.Core.Text;
using PolicyGraph.Core.Precedent;

namespace PolicyGraph.Core.Tests.Precedent;

/// <summary>What the precedent finder marks as changed in a clause: the short stretches between the wording it shares with the draft.</summary>
public sealed class SimilarHitTests
{
    private static SimilarHit Hit(string draft, string clause) =>
        new("doc", "doc.c1", "某市质量强市实施方案", clause, 1, PassageAligner.Align(draft, clause).SharedRuns.Select(r => new[] { r.ClauseStart, r.ClauseStart + r.Length }).ToList(),
            1, 2020, null, null, null);

    [Fact]
    public void A_restated_target_with_another_year_and_rate_marks_the_year_and_the_rate_as_changed()
    {
        var hit = Hit("到2025年，全市农产品质量安全抽检合格率稳定在98%以上。", "到2020年，全市农产品质量安全抽检合格率稳定在97%以上。");
        Assert.Equal(["0", "7"], hit.Changed().Select(r => hit.Text[r[0]..r[1]]));
    }

    [Fact]
    public void Wording_shared_far_apart_is_two_passages_not_a_change()
    {
        var hit = Hit("健全质量安全追溯体系。推行首席质量官制度。",
            "健全质量安全追溯体系，鼓励龙头企业率先建立覆盖生产、加工、流通全过程的管理制度。推行首席质量官制度。");
        Assert.True(hit.Shared.Count >= 2, $"{hit.Shared.Count} shared runs");
        Assert.Empty(hit.Changed());
    }
}
