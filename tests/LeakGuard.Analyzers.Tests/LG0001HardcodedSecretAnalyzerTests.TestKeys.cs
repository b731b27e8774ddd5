using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// A test project makes its own private keys: one there is a key made for tests, as the command line reads it, while
/// a provider's key there is still a leak.
/// </summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    [Fact]
    public async Task Does_not_report_a_private_key_in_a_test_project()
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.Sources.Add(("/0/MyApp.Tests/SigningFixtures.cs", $"static class SigningFixtures\n{{\n    public const string Key = @\"{TestKeys.PrivateKey(seed: 6)}\";\n}}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_private_key_outside_a_test_project()
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.Sources.Add(("/0/MyApp/Signing.cs", $"static class Signing\n{{\n    public const string Key = @\"{{|LG0001:{TestKeys.PrivateKey(seed: 6)}|}}\";\n}}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_private_key_in_a_project_cloned_into_a_folder_named_test()
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.Sources.Add(("/home/dev/test/shop/src/Shop.Api/Signing.cs", $"static class Signing\n{{\n    public const string Key = @\"{{|LG0001:{TestKeys.PrivateKey(seed: 8)}|}}\";\n}}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_providers_key_in_a_test_project()
    {
        var test = new AnalyzerTest("class C { }");
        test.TestState.Sources.Add(("/0/MyApp.Tests/ClientTests.cs", $"static class ClientTests\n{{\n    public const string Key = \"{{|LG0001:{TestKeys.OpenAi(7)}|}}\";\n}}\n"));

        await test.RunAsync();
    }
}
