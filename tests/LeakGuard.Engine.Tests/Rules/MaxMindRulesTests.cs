using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class MaxMindRulesTests
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 6, 5), "_", FakeKey.Random(FakeKey.Base62, 29, 6), "_m", "mk");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("maxmind-license-key", Key, "MAXMIND_LICENSE_KEY")
        .Ignores("maxmind-license-key", "a placeholder", "LicenseKey: XXXXXX_" + new string('X', 29) + "_m" + "mk")
        .Ignores("maxmind-license-key", "one character short", $"key: {Key[1..]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
