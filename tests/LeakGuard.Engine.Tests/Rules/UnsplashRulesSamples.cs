using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UnsplashRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.UrlSafe, 43, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("unsplash-access-key", Key, "UNSPLASH_ACCESS_KEY")
        .FindsIn("unsplash-access-key", "a photos URL", $"https://api.unsplash.com/photos/random?client_id={Key}&count=10", Key)
        .FindsIn("unsplash-access-key", "the Client-ID scheme", $"headers: {{ Authorization: 'Client-ID {Key}' }}", Key)
        .Ignores("unsplash-access-key", "42 characters", $"https://api.unsplash.com/photos/random?client_id={Key[..42]}")
        .FindsIn("unsplash-access-key", "unsplash-js", $"import {{ createApi }} from 'unsplash-js';\nconst api = createApi({{\n  accessKey: '{Key}'\n}});", Key);
}
