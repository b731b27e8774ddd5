using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DropboxRulesSamples
{
    private static readonly string DropboxShortLivedTokenKey = FakeKey.Of("s", "l.", "u.", FakeKey.Random(FakeKey.UrlSafe, 140, 1));

    private static readonly string DropboxLongLivedTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 11, 11), "AAAAA", "AAAAA", FakeKey.Random(FakeKey.UrlSafe, 43, 12));

    private static readonly string LongShortLivedToken = FakeKey.Of("s", "l.", "u.", FakeKey.Random(FakeKey.UrlSafe, 1450, 13));

    private static readonly string SevenRunToken = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 5, 14), "_", FakeKey.Random(FakeKey.Base62, 5, 15), "AAAAAAA", FakeKey.Random(FakeKey.Base62, 46, 16));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dropbox-short-lived-token", DropboxShortLivedTokenKey, "API_KEY")
        .Ignores("dropbox-short-lived-token", "embedded in a longer token", "value: Q" + DropboxShortLivedTokenKey)
        .Ignores("dropbox-short-lived-token", "one character below the minimum length", $"value: {DropboxShortLivedTokenKey[..134]}")
        .Finds("dropbox-long-lived-token", DropboxLongLivedTokenKey, "DROPBOX_ACCESS_TOKEN")
        .Ignores("dropbox-long-lived-token", "no dropbox context", $"\"checksum\": \"{DropboxLongLivedTokenKey}\"")
        .Ignores("dropbox-long-lived-token", "one character short", $"dropbox: {DropboxLongLivedTokenKey[..^1]}")
        .FindsIn("dropbox-short-lived-token", "a current token of over 1,400 characters", $"ACCESS_TOKEN = \"{LongShortLivedToken}\"", LongShortLivedToken)
        .FindsIn("dropbox-long-lived-token", "a run of seven A, a '_' in the first part", $"const dbx = new Dropbox({{ accessToken: '{SevenRunToken}' }});", SevenRunToken)
        .Ignores("dropbox-long-lived-token", "a run of five A", $"dropbox: {FakeKey.Of(SevenRunToken[..11], "AAAAA", SevenRunToken[18..], "Qz")}");
}
