using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class CloudinaryRulesTests
{
    private static readonly string CloudinaryUrlKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 27, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("cloudinary-url", "CLOUDINARY_URL", $"CLOUDINARY_URL=cloudinary://{FakeKey.Random(TestKeys.Digits, 15, 3)}:{CloudinaryUrlKey}@demo-cloud", CloudinaryUrlKey)
        .Ignores("cloudinary-url", "secret too short", $"CLOUDINARY_URL=cloudinary://{FakeKey.Random(TestKeys.Digits, 15, 3)}:{CloudinaryUrlKey[..^1]}@demo-cloud");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
