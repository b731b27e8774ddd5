using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FlutterwaveRulesTests
{
    private static readonly string FlutterwaveSecretKeyKey = FakeKey.Of("FLW", "SECK", "-", FakeKey.Random(TestKeys.HexToH, 32, 1), "-X");

    private static readonly string FlutterwaveEncryptionKeyKey = FakeKey.Of("FLWSEC", "K_TEST", FakeKey.Random(TestKeys.HexToH, 12, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("flutterwave-secret-key", FlutterwaveSecretKeyKey, "API_KEY")
        .Ignores("flutterwave-secret-key", "one character short", $"value: {FlutterwaveSecretKeyKey[..^1]}")
        .Ignores("flutterwave-secret-key", "embedded in a longer token", "value: Q" + FlutterwaveSecretKeyKey)
        .Finds("flutterwave-encryption-key", FlutterwaveEncryptionKeyKey, "API_KEY")
        .Ignores("flutterwave-encryption-key", "one character short", $"value: {FlutterwaveEncryptionKeyKey[..^1]}")
        .Ignores("flutterwave-encryption-key", "embedded in a longer token", "value: Q" + FlutterwaveEncryptionKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
