using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>A report of a body's visit to a place below it (上饶市质监局局长…带队到德兴市…调研): the body's news, the place its venue.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// The place of the body that opens a report's first sentence and goes to a division inside its own place
    /// (8月12日上午，上饶市质监局党组书记、局长…带队到德兴市，…调研): the body's work, told where it went. Null when the sentence
    /// names no such visit, or the place visited lies outside the body's.
    /// </summary>
    private static Result? VisitingBody(Evidence evidence)
    {
        if (evidence.Statements.Issuer is not null || OpeningSubject().Match(FirstSentence(evidence)) is not { Success: true } opening
            || VisitVerb().Match(opening.Groups["actor"].Value) is not { Success: true } visit)
        {
            return null;
        }
        var actor = opening.Groups["actor"].Value[..visit.Index];
        if (!BodyWord().IsMatch(actor) || evidence.Gazetteer.LeadingPlaces(actor) is not [.., { Region: { } home }] || home.Level == Levels.Province)
        {
            return null;
        }
        var visited = NamedStartingAt(opening.Groups["actor"].Value, visit.Index + visit.Length, evidence.Gazetteer, longest: 8);
        return visited.Any(place => !place.Region.Equals(home) && Gazetteer.Contains(home, place.Region))
            ? Describe(home, evidence.Gazetteer) with { From = EvidenceSources.NewsLead, FromText = actor }
            : null;
    }

    [GeneratedRegex("(?:带队|一行)?(?:到|赴|深入|前往|来到)")]
    private static partial Regex VisitVerb();
}
