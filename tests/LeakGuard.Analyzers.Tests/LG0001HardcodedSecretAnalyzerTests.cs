using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string Key = TestKeys.OpenAi();

    [Theory]
    [InlineData("const string Key = \"{|LG0001:@@|}\";")]
    [InlineData("static readonly string Key = \"Bearer {|LG0001:@@|}\";")]
    [InlineData("string Key = \"\\t{|LG0001:@@|}\\n\";")]
    [InlineData("string Key = @\"{|LG0001:@@|}\";")]
    [InlineData("string Key = @\"\"\"{|LG0001:@@|}\"\"\";")]
    [InlineData("string Key = \"\"\"{|LG0001:@@|}\"\"\";")]
    [InlineData("string Key = \"\"\"\n        first line\n        {|LG0001:@@|}\n        \"\"\";")]
    [InlineData("string M(string name) => $\"Bearer {name} {|LG0001:@@|}\";")]
    [InlineData("string M(string name) => $\"{{{name}}} {|LG0001:@@|}\";")]
    [InlineData("string M(string name) => $@\"{name}:{|LG0001:@@|}\";")]
    [InlineData("string M(string name) => $\"\"\"{name} {|LG0001:@@|}\"\"\";")]
    [InlineData("string M(string name) => $$\"\"\"{{name}} {|LG0001:@@|} {\"\"\";")]
    [InlineData("string M(string name) => $\"\"\"\n        {name}\n        {|LG0001:@@|}\n        \"\"\";")]
    [InlineData("static ReadOnlySpan<byte> Key => \"{|LG0001:@@|}\"u8;")]
    [InlineData("static ReadOnlySpan<byte> Key => \"\"\"{|LG0001:@@|}\"\"\"u8;")]
    [InlineData("[Obsolete(\"{|LG0001:@@|}\")] void M() { }")]
    [InlineData("void M(string key = \"{|LG0001:@@|}\") { }")]
    [InlineData("string M(string s) { switch (s) { case \"{|LG0001:@@|}\": return s; default: return \"\"; } }")]
    [InlineData("Dictionary<string, string> Keys = new() { [\"OpenAI\"] = \"{|LG0001:@@|}\" };")]
    [InlineData("string[] Keys = { \"first\", \"{|LG0001:@@|}\" };")]
    [InlineData("object Key = (object)\"{|LG0001:@@|}\";")]
    [InlineData("string Key = \"{|LG0001:@@|}\" + Environment.NewLine;")]
    public async Task Reports_the_exact_key_in_every_literal_form(string members)
    {
        await AnalyzerTest.ForMembers(members, Key).RunAsync();
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("openai-project")]
    [InlineData("github")]
    public async Task Reports_keys_of_every_provider_the_engine_knows(string kind)
    {
        var key = kind switch
        {
            "openai" => TestKeys.OpenAi(7),
            "openai-project" => TestKeys.OpenAiProject(7),
            _ => TestKeys.GitHubClassic(7),
        };

        await AnalyzerTest.ForMembers("string Key = \"{|LG0001:@@|}\";", key).RunAsync();
    }

    [Fact]
    public async Task Reports_the_whole_literal_when_an_escape_sequence_is_inside_the_key()
    {
        var escaped = Key[..10] + "\\u" + ((int)Key[10]).ToString("x4", CultureInfo.InvariantCulture) + Key[11..];

        await AnalyzerTest.ForMembers($"string Key = {{|LG0001:\"{escaped}\"|}};", Key).RunAsync();
    }

    [Fact]
    public async Task Reports_each_key_of_a_literal_once()
    {
        var other = TestKeys.GitHubClassic(3);

        await AnalyzerTest.ForMembers($"string Keys = \"{{|LG0001:@@|}} {{|LG0001:{other}|}} {{|LG0001:@@|}}\";", Key).RunAsync();
    }

    [Theory]
    [InlineData("string Key = {|LG0001:\"<1>\" + \"<2>\"|};")]
    [InlineData("string Key = {|LG0001:\"<1>\" +\n        \"<2>\"|};")]
    [InlineData("string Key = ({|LG0001:\"<1>\" + \"\") + (\"<2>\"|});")]
    [InlineData("string M(string x) => x + {|LG0001:\"<1>\" + \"<2>\"|};")]
    [InlineData("static ReadOnlySpan<byte> Key => {|LG0001:\"<1>\"u8 + \"<2>\"u8|};")]
    public async Task Reports_a_key_that_only_joined_literals_form_on_the_concatenation(string members)
    {
        var source = members.Replace("<1>", Key[..12], StringComparison.Ordinal).Replace("<2>", Key[12..], StringComparison.Ordinal);

        await AnalyzerTest.ForMembers(source, Key).RunAsync();
    }

    [Theory]
    [InlineData("string Key = \"{|LG0001:@@|}\" + \" suffix\";")]
    [InlineData("string Key = \"prefix \" + \"{|LG0001:@@|}\" + \" suffix\";")]
    [InlineData("string Key = \"{|LG0001:@@|}\" + \"suffix\";")]
    [InlineData("string Key = \"\" + \"{|LG0001:@@|}\" + \"\";")]
    public async Task Reports_a_key_that_one_literal_of_a_chain_holds_once_on_that_literal(string members)
    {
        await AnalyzerTest.ForMembers(members, Key).RunAsync();
    }

    [Fact]
    public async Task Ignores_literals_that_a_non_constant_operand_separates()
    {
        await AnalyzerTest.ForMembers($"string M(string x) => \"{Key[..12]}\" + x + \"{Key[12..]}\";", Key).RunAsync();
    }

    [Theory]
    [InlineData("// {|LG0001:@@|}\nint a;")]
    [InlineData("int a; // key: {|LG0001:@@|}")]
    [InlineData("/* key:\n   {|LG0001:@@|} */\nint a;")]
    [InlineData("/// <summary>Calls the API with {|LG0001:@@|}.</summary>\nvoid M() { }")]
    [InlineData("/// <example><code>var key = \"{|LG0001:@@|}\";</code></example>\nvoid M() { }")]
    [InlineData("/** <remarks>{|LG0001:@@|}</remarks> */\nvoid M() { }")]
    [InlineData("#if NEVER_DEFINED\n    string Key = \"{|LG0001:@@|}\";\n#endif")]
    public async Task Reports_keys_in_comments_and_inactive_code(string members)
    {
        await AnalyzerTest.ForMembers(members, Key).RunAsync();
    }

    [Theory]
    [InlineData("string Key = \"@@\"; // leakguard:allow")]
    [InlineData("string Key = \"@@\"; // gitleaks:allow")]
    [InlineData("/* LeakGuard:Allow */ string Key = \"@@\";")]
    [InlineData("// @@ leakguard:allow\nint a;")]
    [InlineData("string Key = \"\"\"\n        @@ leakguard:allow\n        \"\"\";")]
    public async Task An_allow_marker_on_the_line_suppresses(string members)
    {
        await AnalyzerTest.ForMembers(members, Key).RunAsync();
    }

    [Fact]
    public async Task An_allow_marker_on_any_line_of_a_concatenation_suppresses_it()
    {
        await AnalyzerTest.ForMembers($"string Key = \"{Key[..12]}\" + // leakguard:allow\n        \"{Key[12..]}\";", Key).RunAsync();
    }

    [Fact]
    public async Task An_allow_marker_on_another_line_does_not_suppress()
    {
        await AnalyzerTest.ForMembers("// leakguard:allow\n    string Key = \"{|LG0001:@@|}\";\n    // leakguard:allow", Key).RunAsync();
    }

    [Fact]
    public async Task Placeholders_shaped_like_keys_are_not_reported()
    {
        var signature = "T3Blbk" + "FJ";
        string[] placeholders =
        {
            "sk-" + new string('x', 20) + signature + new string('x', 20),
            "sk-" + "yourkeyhere" + FakeKey.Random(FakeKey.Base62, 9) + signature + FakeKey.Random(FakeKey.Base62, 20),
            "sk-" + "EXAMPLE" + FakeKey.Random(FakeKey.Base62, 13) + signature + FakeKey.Random(FakeKey.Base62, 20),
            "sk-" + "abcdef" + FakeKey.Random(FakeKey.Base62, 14) + signature + FakeKey.Random(FakeKey.Base62, 20),
        };
        var members = string.Join("\n    ", placeholders.Select((p, i) => $"string Key{i} = \"{p}\"; // {p}"));

        await AnalyzerTest.ForMembers(members, Key).RunAsync();
    }

    [Fact]
    public async Task Pragma_suppresses_until_restored()
    {
        var test = AnalyzerTest.ForMembers(
            "#pragma warning disable LG0001\n    string Key = \"@@\"; // @@\n#pragma warning restore LG0001\n    string Other = \"{|LG0001:@@|}\";",
            Key);
        // The framework's own check wraps the file in one more '#pragma warning disable', which the restore here undoes.
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;

        await test.RunAsync();
    }

    [Fact]
    public async Task SuppressMessage_suppresses_on_the_member()
    {
        await AnalyzerTest.ForMembers(
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"Security\", \"LG0001:Hard-coded API key\", Justification = \"Test\")]\n    string M() => \"@@\";\n    string Other = \"{|LG0001:@@|}\";",
            Key).RunAsync();
    }

    [Theory]
    [InlineData("Settings.Designer.cs", "// <auto-generated/>\n")]
    [InlineData("Resources.g.cs", "")]
    [InlineData("Client.cs", "// <auto-generated>\n// Generated by a tool.\n// </auto-generated>\n")]
    public async Task Reports_keys_in_generated_code(string fileName, string header)
    {
        var test = new AnalyzerTest(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add((fileName, header + "class Settings\n{\n    public string Key { get; } = \"{|LG0001:" + Key + "|}\";\n}\n"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("class C { string Key = \"{|LG0001:@@|}")]
    [InlineData("class C { string Key = \"{|LG0001:@@|}\nint x;")]
    [InlineData("class C { void M() { var k = \"{|LG0001:@@|}\" + ")]
    [InlineData("class C { string Key = \"\"\"\n{|LG0001:@@|}\n")]
    [InlineData("class C { string M(int x) => $\"{x} {|LG0001:@@|}")]
    [InlineData("class C { /* {|LG0001:@@|}")]
    [InlineData("class C { string Key = @\"{|LG0001:@@|}")]
    [InlineData("\"{|LG0001:@@|}\" + \"\" +")]
    public async Task Incomplete_code_is_analyzed_without_analyzer_exceptions(string source)
    {
        var test = new AnalyzerTest(source.Replace("@@", Key, StringComparison.Ordinal))
        {
            CompilerDiagnostics = CompilerDiagnostics.None,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task Huge_literals_and_long_chains_are_analyzed()
    {
        var filler = FakeKey.Random("abc de", 200_000);
        var chain = string.Join(" + ", Enumerable.Repeat("\"part of a long text \"", 3000));
        var members = $"string Huge = \"{filler} {{|LG0001:@@|}}\";\n    string Long = {chain};";

        await AnalyzerTest.ForMembers(members, Key).RunAsync();
    }

    // Twelve levels, not more: the C# compiler binds directly nested interpolated strings in time that doubles with
    // each level (measured with Microsoft.CodeAnalysis 4.8.0: parsing 2 ms at any depth, compilation diagnostics
    // 1.1 s at 20 levels, 8.4 s at 22, 17.5 s at 23), while this analyzer stays under 4 ms at every depth. The 300
    // levels of interpolations joined with + in NoAnalyzerExceptionTests keep the compiler fast and test our depth.
    [Fact]
    public async Task Deeply_nested_interpolations_are_analyzed()
    {
        var nested = "\"{|LG0001:@@|}\"";
        for (var i = 0; i < 12; i++)
        {
            nested = "$\"" + (i % 2 == 0 ? "{" : "text {") + nested + "}\"";
        }

        await AnalyzerTest.ForMembers($"string M() => {nested};", Key).RunAsync();
    }
}
