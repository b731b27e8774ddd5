using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// Keys some providers issue in two forms of one format, a secret one and one meant for browsers and apps: the IDE
/// reports only the secret one, as the command line does. These run the built-in rules.
/// </summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string HexKey = FakeKey.Random(FakeKey.Hex, 32, 71);

    [Fact]
    public async Task Reports_an_Algolia_admin_key_under_its_name()
    {
        await AnalyzerTest.ForMembers("const string AlgoliaAdminApiKey = \"{|LG0001:@@|}\";", HexKey).RunAsync();
    }

    [Fact]
    public async Task Does_not_report_an_Algolia_key_handed_to_a_search_call()
    {
        await AnalyzerTest.ForMembers(
            "static object Client() => Algolia.Search(\"ABCDEFGH12\", \"@@\");\n    static class Algolia { public static object Search(string app, string key) => app + key; }",
            HexKey).RunAsync();
    }

    [Fact]
    public async Task Reports_a_secret_in_an_options_property_but_not_the_client_id_beside_it()
    {
        await AnalyzerTest.ForMembers(
            "public sealed class SpotifyOptions\n    {\n        public string ClientId { get; set; } = \"" + FakeKey.Random(FakeKey.Hex, 32, 72) + "\";\n"
            + "        public string ClientSecret { get; init; } = \"{|LG0001:@@|}\";\n    }",
            HexKey).RunAsync();
    }

    [Fact]
    public async Task Reports_a_Bugsnag_key_in_server_settings()
    {
        await AnalyzerTest.ForMembers("string BugsnagApiKey = \"{|LG0001:@@|}\";", HexKey).RunAsync();
    }

    [Fact]
    public async Task Reports_the_Bugsnag_key_a_Unity_game_starts_with_only_as_a_possible_secret()
    {
        var test = AnalyzerTest.ForMembers(
            "void Awake() => Bugsnag.Start(\"{|#0:@@|}\");\n    static class Bugsnag { public static void Start(string apiKey) { } }",
            HexKey);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.PossibleSecret, DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }
}
