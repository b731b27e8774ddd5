using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>The name a value is bound to reaches the engine, so rules gated on a keyword near the key work in C#.</summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string Hex = FakeKey.Random(FakeKey.Hex, 32, seed: 11);

    [Theory]
    [InlineData("string AzureKey = \"{|LG0001:@@|}\";")]
    [InlineData("const string AZURE_KEY = \"{|LG0001:@@|}\";")]
    [InlineData("string AzureKey { get; } = \"{|LG0001:@@|}\";")]
    [InlineData("string AzureKey => \"{|LG0001:@@|}\";")]
    [InlineData("string GetAzureKey() { return \"{|LG0001:@@|}\"; }")]
    [InlineData("void M() { var azureKey = \"{|LG0001:@@|}\"; }")]
    [InlineData("void M(string azureKey = \"{|LG0001:@@|}\") { }")]
    [InlineData("void M(Settings s) { s.AzureKey = \"{|LG0001:@@|}\"; }")]
    [InlineData("Settings S = new Settings { AzureKey = \"{|LG0001:@@|}\" };")]
    [InlineData("object O = new { AzureKey = \"{|LG0001:@@|}\" };")]
    [InlineData("void M() { Settings.Connect(azureKey: \"{|LG0001:@@|}\"); }")]
    [InlineData("void M() { Settings.Connect(\"{|LG0001:@@|}\"); }")]
    [InlineData("Settings S = new Settings(\"{|LG0001:@@|}\");")]
    [InlineData("string S = string.Concat(\"azure\", \"{|LG0001:@@|}\");")]
    [InlineData("[My(AzureKey = \"{|LG0001:@@|}\")] void M() { }")]
    [InlineData("Dictionary<string, string> D = new() { { \"AzureKey\", \"{|LG0001:@@|}\" } };")]
    [InlineData("Dictionary<string, string> D = new() { [\"AzureKey\"] = \"{|LG0001:@@|}\" };")]
    [InlineData("void M(Dictionary<string, string> d) { d[\"Azure:Key\"] = \"{|LG0001:@@|}\"; }")]
    [InlineData("string AzureKey = (\"{|LG0001:@@|}\");")]
    [InlineData("string M(string name) => $\"{name}: {|LG0001:@@|}\";")]
    [InlineData("string Setting = \"azure: \" + \"{|LG0001:@@|}\";")]
    public async Task Context_gated_keys_are_reported_where_the_name_gives_the_context(string members)
    {
        var source = members.Contains("M(string name)", System.StringComparison.Ordinal) ? members.Replace("{name}: ", "{name} azure ", System.StringComparison.Ordinal) : members;

        await AnalyzerTest.ForMembers(source, Hex, TestRules.Scanner).RunAsync();
    }

    [Theory]
    [InlineData("const string Endpoint = \"https://contoso.openai.azure.com/\";\nconst string Value = \"{|LG0001:@@|}\";")]
    [InlineData("const string Value = \"{|LG0001:@@|}\"; // the Azure resource's first key")]
    [InlineData("const string Value = \"{|LG0001:@@|}\\n\"; // the Azure resource's first key, a newline after it")]
    [InlineData("void M() { Connect(\"eu\", \"{|LG0001:@@|}\"); }\nvoid Connect(string region, string value) { } // Azure")]
    public async Task Context_gated_keys_are_reported_where_the_source_nearby_gives_the_context(string members)
    {
        await AnalyzerTest.ForMembers(members, Hex, TestRules.Scanner).RunAsync();
    }

    [Theory]
    [InlineData("const string Endpoint = \"https://contoso.example.net/\";\nconst string Value = \"@@\";")]
    [InlineData("const string Endpoint = \"https://contoso.openai.azure.com/\";\n##\nconst string Value = \"@@\";")]
    [InlineData("const string Note = \"the password hash below\";\nconst string Value = \"@@\";")]
    public async Task Context_gated_keys_are_not_reported_without_context_nearby(string members)
    {
        await AnalyzerTest.ForMembers(members.Replace("##", "// " + new string('-', SecretScannerContextWindow), System.StringComparison.Ordinal), Hex, TestRules.Scanner).RunAsync();
    }

    [Fact]
    public async Task A_key_is_reported_where_a_url_further_down_takes_it_by_name()
    {
        var members = "private const string ApiKey = \"{|LG0001:@@|}\";\n    // " + new string('-', SecretScannerContextWindow)
            + "\n    string Url(string country) => $\"https://newsapi.org/v2/top-headlines?country={country}&apiKey={ApiKey}\";";

        await AnalyzerTest.ForMembers(members, Hex).RunAsync();
    }

    [Fact]
    public async Task A_key_is_reported_where_a_header_further_down_takes_it_by_name()
    {
        var members = "private const string ApiKey = \"{|LG0001:@@|}\";\n    // " + new string('-', SecretScannerContextWindow)
            + "\n    void M(System.Net.Http.HttpClient client) => client.DefaultRequestHeaders.Add(\"X-CMC_PRO_API_KEY\", ApiKey);";

        await AnalyzerTest.ForMembers(members, CoinMarketCapKey).RunAsync();
    }

    private static readonly string CoinMarketCapKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 31), "-", FakeKey.Random(FakeKey.Hex, 4, 32), "-4", FakeKey.Random(FakeKey.Hex, 3, 33), "-a", FakeKey.Random(FakeKey.Hex, 3, 34), "-", FakeKey.Random(FakeKey.Hex, 12, 35));

    [Theory]
    [InlineData("// string key = \"##\";\n    // string secret = \"{|LG0001:@@|}\";\nint a;")]
    [InlineData("/* key id: ## */\n    // secret: {|LG0001:@@|}\nint a;")]
    public async Task Commented_out_keys_are_reported_where_the_comment_above_gives_the_context(string members)
    {
        await AnalyzerTest.ForMembers(members.Replace("##", RazorpayKeyId, System.StringComparison.Ordinal), RazorpaySecret).RunAsync();
    }

    [Fact]
    public async Task Comments_that_code_separates_are_not_read_together()
    {
        await AnalyzerTest.ForMembers($"// key id: {RazorpayKeyId}\n    int a;\n    // value: @@\n    int b;", RazorpaySecret).RunAsync();
    }

    private static readonly string RazorpayKeyId = FakeKey.Of("rzp_", "test_", FakeKey.Random(FakeKey.Base62, 14, 12));

    private static readonly string RazorpaySecret = FakeKey.Random(FakeKey.Base62, 24, 13);

    private const int SecretScannerContextWindow = LeakGuard.Engine.SecretScanner.ContextWindow;

    [Theory]
    [InlineData("string Checksum = \"@@\";")]
    [InlineData("void M() { var hash = \"@@\"; }")]
    [InlineData("void M() { Settings.Connect(\"x\"); string.Concat(\"@@\", \"\"); }")]
    [InlineData("Dictionary<string, string> D = new() { { \"Hash\", \"@@\" } };")]
    [InlineData("string S = string.Concat(\"sha\", \"@@\");")]
    [InlineData("string Setting = \"sha: \" + \"@@\";")]
    public async Task Context_gated_keys_are_not_reported_without_the_context(string members)
    {
        await AnalyzerTest.ForMembers(members, Hex, TestRules.Scanner).RunAsync();
    }
}
