using System.Text;
using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

public class NoAnalyzerExceptionTests
{
    private static readonly string Key = TestKeys.OpenAi();

    [Theory]
    [InlineData("\"@@")]
    [InlineData("@\"@@")]
    [InlineData("\"\"\"@@")]
    [InlineData("$\"{ \"@@")]
    [InlineData("$$\"\"\"{{{ @@ }}\"")]
    [InlineData("u8\"@@\"u8 + + + \"@@")]
    [InlineData("class { void ( \"@@\" + ) /* @@")]
    [InlineData("/// <summary>@@\n/// <see cref=\"\n#if\n\"@@\"\n#endif")]
    [InlineData("}}}} \"@@\" {{{{ ((( + \"\" )))")]
    [InlineData("[Obsolete(\"@@\" + ] enum E { A = \"@@\" }")]
    [InlineData("\"\\u12\\x\\U0000\\@@\"")]
    public async Task Garbage_code_never_makes_the_analyzer_throw(string garbage)
    {
        await DirectRun.AnalyzeAsync(garbage.Replace("@@", Key, System.StringComparison.Ordinal), TestRules.Scanner);
    }

    [Fact]
    public async Task Garbage_code_still_reports_the_keys_it_can_see()
    {
        var diagnostics = await DirectRun.AnalyzeAsync("class { void ( \"" + Key + "\" + ) /* " + Key);

        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public async Task Deep_nesting_never_makes_the_analyzer_throw()
    {
        var source = new StringBuilder("class C { string M() => ");
        for (var i = 0; i < 300; i++)
        {
            source.Append("$\"{(\"" + Key[..5] + "\" + ");
        }

        source.Append('"').Append(Key).Append('"');
        for (var i = 0; i < 300; i++)
        {
            source.Append(")}\"");
        }

        source.Append("; }");

        Assert.NotEmpty(await DirectRun.AnalyzeAsync(source.ToString()));
    }
}
