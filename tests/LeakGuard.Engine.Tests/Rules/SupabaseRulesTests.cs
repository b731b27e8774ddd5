using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SupabaseRulesTests
{
    private static readonly string SupabasePatKey = FakeKey.Of("sb", "p_", FakeKey.Random(FakeKey.Hex, 40, 1));

    private static readonly string SupabaseSecretKeyKey = FakeKey.Of("sb_se", "cret_", FakeKey.Random(FakeKey.UrlSafe, 40, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("supabase-pat", SupabasePatKey, "API_KEY")
        .Ignores("supabase-pat", "one character short", $"value: {SupabasePatKey[..^1]}")
        .Ignores("supabase-pat", "embedded in a longer token", "value: Q" + SupabasePatKey)
        .Finds("supabase-secret-key", SupabaseSecretKeyKey, "API_KEY")
        .Ignores("supabase-secret-key", "embedded in a longer token", "value: Q" + SupabaseSecretKeyKey)
        .Ignores("supabase-secret-key", "one character below the minimum length", $"value: {SupabaseSecretKeyKey[..40]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
