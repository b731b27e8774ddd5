using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DropboxRulesSamples
{
    private static readonly string DropboxShortLivedTokenKey = FakeKey.Of("s", "l.", "u.", FakeKey.Random(FakeKey.UrlSafe, 140, 1));

    private static readonly string DropboxLongLivedTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 11, 11), "AAAAA", "AAAAA", FakeKey.Random(FakeKey.UrlSafe, 43, 12));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dropbox-short-lived-token", DropboxShortLivedTokenKey, "API_KEY")
        .Ignores("dropbox-short-lived-token", "embedded in a longer token", "value: Q" + DropboxShortLivedTokenKey)
        .Ignores("dropbox-short-lived-token", "one character below the minimum length", $"value: {DropboxShortLivedTokenKey[..134]}")
        .Finds("dropbox-long-lived-token", DropboxLongLivedTokenKey, "DROPBOX_ACCESS_TOKEN")
        .Ignores("dropbox-long-lived-token", "no dropbox context", $"\"checksum\": \"{DropboxLongLivedTokenKey}\"")
        .Ignores("dropbox-long-lived-token", "one character short", $"dropbox: {DropboxLongLivedTokenKey[..^1]}");
}
