using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JetBrainsRulesSamples
{
    private static readonly string Token = FakeKey.Of("pe", "rm:", FakeKey.Base64Of("jdoe"), ".", FakeKey.Base64Of("52-7"), ".", FakeKey.Random(FakeKey.Base62, 30, 91));

    private static readonly string HyphenToken = FakeKey.Of("pe", "rm-", FakeKey.Base64Of("build-agent"), ".", FakeKey.Base64Of("61-0"), ".", FakeKey.Random(FakeKey.Base62, 30, 92));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("youtrack-permanent-token", Token, "YOUTRACK_TOKEN")
        .FindsIn("youtrack-permanent-token", "a Bearer header", $"headers: {{ Authorization: 'Bearer {Token}' }}", Token)
        .FindsIn("youtrack-permanent-token", "the hyphen form", $"--token {HyphenToken}", HyphenToken)
        .Ignores("youtrack-permanent-token", "a documentation example cut short", "npm run upload -- --token perm:cm9vdA==.NT...")
        .Ignores("youtrack-permanent-token", "a tail one short", $"value: {Token[..^1]}")
        .Ignores("youtrack-permanent-token", "a low-entropy tail", $"value: {Token[..^30]}{new string('x', 15)}{new string('y', 15)}");
}
