using LeakGuard.Engine;

namespace LeakGuard.Tests;

/// <summary>Real-shaped keys of each provider, built by <see cref="FakeKey"/> at run time.</summary>
internal static class TestKeys
{
    public static string OpenAi(int seed = 1) =>
        FakeKey.Of("sk-", FakeKey.Random(FakeKey.Base62, 20, seed), "T3Blbk", "FJ", FakeKey.Random(FakeKey.Base62, 20, seed + 1000));

    public static string OpenAiProject(int seed = 1) =>
        FakeKey.Of("sk-", "proj-", FakeKey.Random(FakeKey.UrlSafe, 74, seed), "T3Blbk", "FJ", FakeKey.Random(FakeKey.UrlSafe, 74, seed + 1000));

    /// <summary>A classic GitHub token whose last six characters are the CRC-32 of its body, as GitHub issues them.</summary>
    public static string GitHubClassic(int seed = 1)
    {
        var body = FakeKey.Random(FakeKey.Base62, 30, seed);
        return FakeKey.Of("gh", "p_", body, Base62.Encode(Crc32.Compute(body), 6));
    }
}
