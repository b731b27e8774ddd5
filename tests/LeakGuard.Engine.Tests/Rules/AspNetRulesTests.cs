using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AspNetRulesTests
{
    private static readonly string ValidationKey = FakeKey.Random(TestKeys.UpperHex, 128, 61);

    private static readonly string DecryptionKey = FakeKey.Random(TestKeys.UpperHex, 64, 62);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("aspnet-machine-key", "the validation key of web.config", $"<system.web>\n  <machineKey validationKey=\"{ValidationKey}\" validation=\"HMACSHA256\" />\n</system.web>", ValidationKey)
        .FindsIn("aspnet-machine-key", "the decryption key", $"<machineKey decryption=\"AES\" decryptionKey=\"{DecryptionKey}\" />", DecryptionKey)
        .FindsIn("aspnet-machine-key", "lower-case hex", $"<machineKey validationKey='{ValidationKey.ToLowerInvariant()[..40]}' />", ValidationKey.ToLowerInvariant()[..40])
        .Ignores("aspnet-machine-key", "the default", "<machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" />")
        .Ignores("aspnet-machine-key", "a documentation placeholder", $"<machineKey validationKey=\"{ValidationKey[..4]}EXAMPLE{ValidationKey[11..]}\" />")
        .Ignores("aspnet-machine-key", "an odd number of digits", $"<machineKey validationKey=\"{ValidationKey[..41]}\" />")
        .Ignores("aspnet-machine-key", "no machineKey element near", $"<add name=\"validator\" validationKey=\"{ValidationKey[..40]}\" />");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Fact]
    public void Both_keys_of_one_element_are_found()
    {
        var text = $"<machineKey validationKey=\"{ValidationKey}\" decryptionKey=\"{DecryptionKey}\" validation=\"SHA1\" decryption=\"AES\" />";

        var findings = SecretScanner.Default.Scan(text).Findings;

        Assert.Equal(new[] { ValidationKey, DecryptionKey }, System.Linq.Enumerable.Select(findings, f => f.Secret));
        Assert.All(findings, f => Assert.Equal("aspnet-machine-key", f.Rule.Id));
    }

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
