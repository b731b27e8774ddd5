using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SentryRulesSamples
{
    private static readonly string SentryOrgTokenKey = FakeKey.Of("sntry", "s_eyJ", FakeKey.Random(FakeKey.Base64, 120, 1), "_", FakeKey.Random(FakeKey.UrlSafe, 43, 2));

    private static readonly string SentryUserTokenKey = FakeKey.Of("snt", "ryu_", FakeKey.Random(FakeKey.Hex, 64, 11));

    private static readonly string SentryLegacyTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 64, 21));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sentry-org-token", SentryOrgTokenKey, "API_KEY")
        .Ignores("sentry-org-token", "embedded in a longer token", "value: Q" + SentryOrgTokenKey)
        .Ignores("sentry-org-token", "one character below the minimum length", $"value: {SentryOrgTokenKey[..69]}")
        .Finds("sentry-user-token", SentryUserTokenKey, "API_KEY")
        .Ignores("sentry-user-token", "one character short", $"value: {SentryUserTokenKey[..^1]}")
        .Ignores("sentry-user-token", "embedded in a longer token", "value: Q" + SentryUserTokenKey)
        .Finds("sentry-legacy-token", SentryLegacyTokenKey, "SENTRY_AUTH_TOKEN")
        .Ignores("sentry-legacy-token", "no sentry context", $"\"checksum\": \"{SentryLegacyTokenKey}\"")
        .Ignores("sentry-legacy-token", "the checksums of sentry-cli's downloads", $"sentry-cli-Darwin-arm64={SentryLegacyTokenKey}\nsentry-cli-Windows-x86_64.exe={FakeKey.Random(FakeKey.Hex, 64, 30)}\n")
        .Ignores("sentry-legacy-token", "one character short", $"sentry: {SentryLegacyTokenKey[..^1]}")
        .Ignores("sentry-legacy-token", "a client id given as a fallback", $"function g(){{return C().SENTRY_CLIENT_ID??\"{SentryLegacyTokenKey}\"}}")
        .FindsIn("sentry-legacy-token", "a token given as a fallback", $"const token = process.env.SENTRY_AUTH_TOKEN ?? \"{SentryLegacyTokenKey}\";", SentryLegacyTokenKey);
}
