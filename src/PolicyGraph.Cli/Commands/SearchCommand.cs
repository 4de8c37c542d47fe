using System.CommandLine;
using PolicyGraph.Core.Search;
using Spectre.Console;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>search QUERY [--top N] [--level L] [--province P] [--year-from Y] [--year-to Y] [--role R]</c> (contract.md), plus --region, --doc-type and --facet.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to search for: words, a question, a document number" };
        var top = new Option<int>("--top") { Description = "How many hits", DefaultValueFactory = _ => 10 };
        var level = new Option<string?>("--level") { Description = "national | province | prefecture | county" };
        var province = new Option<string?>("--province") { Description = "Province (山西省 …)" };
        var region = new Option<string?>("--region") { Description = "Issuing jurisdiction at any level (贵池区, 池州市 …)" };
        var yearFrom = new Option<int?>("--year-from") { Description = "Earliest document year" };
        var yearTo = new Option<int?>("--year-to") { Description = "Latest document year" };
        var role = new Option<string?>("--role") { Description = "principle | goal | task | measure | timeline | preamble | other" };
        var docType = new Option<string?>("--doc-type") { Description = "Document type (实施意见, 实施方案, 通知 …)" };
        var facet = new Option<string?>("--facet") { Description = "Quality facet (product, standardisation …)" };
        var command = new Command("search", "Search clauses") { query, top, level, province, region, yearFrom, yearTo, role, docType, facet };
        command.SetAction(result => Output.WithDataReadOnly(result.GetValue(CommandLine.Data)!, (store, index) =>
        {
            var request = new SearchRequest(result.GetValue(query)!)
            {
                Top = result.GetValue(top),
                Level = result.GetValue(level),
                Province = result.GetValue(province),
                Region = result.GetValue(region),
                YearFrom = result.GetValue(yearFrom),
                YearTo = result.GetValue(yearTo),
                Role = result.GetValue(role),
                DocType = result.GetValue(docType),
                Facet = result.GetValue(facet),
            };
            SearchResponse response;
            try
            {
                response = new SearchService(index, QueryInterpreter.Instance).Search(request);
            }
            catch (SearchQueryException e)
            {
                return Output.Fail(e.Message);
            }
            if (result.GetValue(CommandLine.Json))
            {
                Output.WriteJson(response);
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"{response.Total} clauses match; keywords: {string.Join(" ", response.Interpreted.Keywords)}");
            foreach (var hit in response.Hits)
            {
                AnsiConsole.MarkupLineInterpolated($"[bold]{hit.DocTitle}[/] [grey]{hit.Path} {hit.Role} {hit.Score:0.00}[/]");
                AnsiConsole.WriteLine("  " + hit.Text.Replace('\n', ' '));
            }
            return 0;
        }));
        return command;
    }
}
