namespace PolicyGraph.Core.Model;

/// <summary>Roles of sections and clauses (contract.md): what a part of a document does.</summary>
public static class Roles
{
    public const string Principle = "principle";
    public const string Goal = "goal";
    public const string Task = "task";
    public const string Measure = "measure";
    public const string Timeline = "timeline";
    public const string Preamble = "preamble";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Principle, Goal, Task, Measure, Timeline, Preamble, Other];
}

/// <summary>Administrative levels (domain.md §7).</summary>
public static class Levels
{
    public const string National = "national";
    public const string Province = "province";
    public const string Prefecture = "prefecture";
    public const string County = "county";

    public static readonly IReadOnlyList<string> All = [National, Province, Prefecture, County];

    /// <summary>0 for national, 3 for county; -1 when unknown.</summary>
    public static int Rank(string? level) => level is null ? -1 : All.ToList().IndexOf(level);

    /// <summary>Where a level sorts, national first: its <see cref="Rank"/>, with unknown levels after county.</summary>
    public static int Order(string? level) => Rank(level) is >= 0 and var rank ? rank : All.Count;
}

/// <summary>Kinds of section: a notice's cover, a numbered part, a heading-less group of dash items.</summary>
public static class SectionKinds
{
    public const string Notice = "notice";
    public const string Part = "part";
}
