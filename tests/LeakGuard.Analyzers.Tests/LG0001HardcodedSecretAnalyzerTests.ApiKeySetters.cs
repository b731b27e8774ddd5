using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// A key without a provider's format, handed to the setter or builder named for it: the call tells it apart, as the
/// command line reads it. These run the built-in rules.
/// </summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string UnprefixedKey = FakeKey.Of("Zq7", FakeKey.Random(FakeKey.Base62, 30, 91), "w2K");

    [Fact]
    public async Task Reports_a_key_handed_to_a_builder_named_for_it()
    {
        await AnalyzerTest.ForMembers(
            "interface IGeoBuilder { IGeoBuilder WithApiKey(string key); }\n    static IGeoBuilder Configure(IGeoBuilder builder) => builder.WithApiKey(\"{|LG0001:@@|}\");",
            UnprefixedKey).RunAsync();
    }

    // A call that checks the key it is given is no setter: only the call's name says the literal may be a key.
    [Fact]
    public async Task Only_suggests_a_key_handed_to_a_call_that_checks_it()
    {
        var test = AnalyzerTest.ForMembers(
            "interface IKeys { bool ValidateApiKey(string candidate); }\n    static bool Check(IKeys keys) => keys.ValidateApiKey(\"{|#0:@@|}\");",
            UnprefixedKey);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.PossibleSecret, DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }
}
