using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PostmanRulesTests
{
    private static readonly string Key = FakeKey.Of("PM", "AK-", FakeKey.Random(FakeKey.Hex, 24, 1), "-", FakeKey.Random(FakeKey.Hex, 34, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("postman-api-key", Key, "POSTMAN_API_KEY")
        .Ignores("postman-api-key", "one character short", $"key: {Key[..^1]}")
        .Ignores("postman-api-key", "not hex", "key: " + FakeKey.Of("PM", "AK-", new string('z', 24), "-", new string('z', 34)));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
