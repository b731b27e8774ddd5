using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AnthropicRulesSamples
{
    private static readonly string SessionKey = FakeKey.Of("sk-", "ant-", "sid01-", FakeKey.Random(FakeKey.UrlSafe, 93, 3), "AA");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("anthropic-api-key", TestKeys.Anthropic(), "ANTHROPIC_API_KEY")
        .Finds("anthropic-admin-key", TestKeys.AnthropicAdmin(), "ANTHROPIC_ADMIN_KEY")
        .FindsIn("anthropic-api-key", "literal passed alone by the analyzer", TestKeys.Anthropic(2), TestKeys.Anthropic(2), "ApiKey")
        .Ignores("anthropic-api-key", "body one character short", TestKeys.Anthropic().Remove(20, 1))
        .Ignores("anthropic-api-key", "does not end in AA", TestKeys.Anthropic()[..^2] + "BB")
        .Ignores("anthropic-api-key", "embedded in a longer token", "x_" + TestKeys.Anthropic())
        .Ignores("anthropic-api-key", "placeholder body", FakeKey.Of("sk-", "ant-", "api03-", new string('x', 93), "AA"))
        .Ignores("anthropic-admin-key", "wrong version", TestKeys.AnthropicAdmin().Replace("admin01", "admin02", StringComparison.Ordinal))
        .Finds("anthropic-session-key", SessionKey, "CLAUDE_SESSION_KEY")
        .Ignores("anthropic-session-key", "too short", FakeKey.Of("sessionKey=sk-", "ant-", "sid01-", FakeKey.Random(FakeKey.UrlSafe, 40, 4)));
}
