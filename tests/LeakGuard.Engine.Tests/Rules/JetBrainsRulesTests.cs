using System;
using System.Text;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class JetBrainsRulesTests
{
    private static readonly string Token = FakeKey.Of("pe", "rm:", Base64("jdoe"), ".", Base64("52-7"), ".", FakeKey.Random(FakeKey.Base62, 30, 91));

    private static readonly string HyphenToken = FakeKey.Of("pe", "rm-", Base64("build-agent"), ".", Base64("61-0"), ".", FakeKey.Random(FakeKey.Base62, 30, 92));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("youtrack-permanent-token", Token, "YOUTRACK_TOKEN")
        .FindsIn("youtrack-permanent-token", "a Bearer header", $"headers: {{ Authorization: 'Bearer {Token}' }}", Token)
        .FindsIn("youtrack-permanent-token", "the hyphen form", $"--token {HyphenToken}", HyphenToken)
        .Ignores("youtrack-permanent-token", "a documentation example cut short", "npm run upload -- --token perm:cm9vdA==.NT...")
        .Ignores("youtrack-permanent-token", "a tail one short", $"value: {Token[..^1]}")
        .Ignores("youtrack-permanent-token", "a low-entropy tail", $"value: {Token[..^30]}{new string('x', 15)}{new string('y', 15)}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
