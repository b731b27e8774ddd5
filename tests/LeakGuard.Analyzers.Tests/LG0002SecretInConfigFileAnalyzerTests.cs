using System.Threading.Tasks;
using LeakGuard.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

public class LG0002SecretInConfigFileAnalyzerTests
{
    private static readonly string Key = TestKeys.OpenAi();

    [Theory]
    [InlineData("/0/appsettings.json", "{\n  \"OpenAI\": {\n    \"ApiKey\": \"{|LG0002:@@|}\"\n  }\n}\n")]
    [InlineData("/0/appsettings.Development.json", "{ \"OpenAI\": { \"ApiKey\": \"{|LG0002:@@|}\" } }")]
    [InlineData("/0/APPSETTINGS.JSON", "{ \"Key\": \"{|LG0002:@@|}\" }")]
    [InlineData("/0/Properties/launchSettings.json", "{\n  \"profiles\": {\n    \"web\": {\n      \"environmentVariables\": { \"OPENAI_API_KEY\": \"{|LG0002:@@|}\" }\n    }\n  }\n}\n")]
    [InlineData("/0/local.settings.json", "{\n  \"IsEncrypted\": false,\n  \"Values\": { \"OPENAI_API_KEY\": \"{|LG0002:@@|}\" }\n}\n")]
    [InlineData("/0/web.config", "<configuration>\n  <appSettings>\n    <add key=\"OpenAIKey\" value=\"{|LG0002:@@|}\" />\n  </appSettings>\n</configuration>\n")]
    [InlineData("/0/App.config", "<configuration><appSettings><add key=\"k\" value=\"{|LG0002:@@|}\"/></appSettings></configuration>")]
    [InlineData("/0/.env", "# secrets\nOPENAI_API_KEY={|LG0002:@@|}\n")]
    [InlineData("/0/.env.local", "OPENAI_API_KEY=\"{|LG0002:@@|}\"\n")]
    [InlineData("C:\\src\\app\\appsettings.json", "{ \"Key\": \"{|LG0002:@@|}\" }")]
    [InlineData("/0/WebApi.http", "@host = https://localhost:5001\n\nGET {{host}}/weatherforecast\nAuthorization: Bearer {|LG0002:@@|}\n")]
    [InlineData("/0/requests/orders.rest", "POST https://localhost:5001/orders\nX-Api-Key: {|LG0002:@@|}\n")]
    public async Task Reports_the_exact_key_in_configuration_files(string path, string content)
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add((path, content.Replace("@@", Key, System.StringComparison.Ordinal)));

        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_key_that_only_its_appSettings_name_tells_apart()
    {
        var secret = FakeKey.Random(FakeKey.Hex, 20, 81);
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add((
            "/0/Web.config",
            "<configuration>\n  <appSettings>\n    <add key=\"PusherAppKey\" value=\"" + FakeKey.Random(FakeKey.Hex, 20, 82) + "\" />\n"
            + "    <add key=\"PusherAppSecret\" value=\"{|LG0002:" + secret + "|}\" />\n  </appSettings>\n</configuration>\n"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("/0/notes.txt")]
    [InlineData("/0/settings.json")]
    [InlineData("/0/README.md")]
    [InlineData("/0/.envrc")]
    [InlineData("/0/.config")]
    [InlineData("/0/appsettings.json.bak")]
    [InlineData("/0/.http")]
    public async Task Ignores_additional_files_that_are_not_configuration(string path)
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add((path, "OPENAI_API_KEY=" + Key + "\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_each_key_of_a_file()
    {
        var github = TestKeys.GitHubClassic(5);
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/.env", $"OPENAI_API_KEY={{|LG0002:{Key}|}}\nGITHUB_TOKEN={{|LG0002:{github}|}}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task An_allow_marker_on_the_line_suppresses()
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/.env", $"OPENAI_API_KEY={Key} # leakguard:allow\nGITHUB_TOKEN={{|LG0002:{TestKeys.GitHubClassic(5)}|}}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Placeholders_are_not_reported()
    {
        var placeholder = "sk-" + new string('x', 20) + "T3Blbk" + "FJ" + new string('x', 20);
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $"{{ \"OpenAI\": {{ \"ApiKey\": \"{placeholder}\", \"Other\": \"<OPENAI_API_KEY>\" }} }}"));

        await test.RunAsync();
    }

    [Fact]
    public async Task The_message_names_the_file()
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/.env", $"OPENAI_API_KEY={{|#0:{Key}|}}\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.SecretInConfigFile, DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("OpenAI", LeakGuard.Engine.Redactor.Redact(Key), ".env"));

        await test.RunAsync();
    }
}
