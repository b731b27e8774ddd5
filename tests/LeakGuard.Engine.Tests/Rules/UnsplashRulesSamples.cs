using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UnsplashRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.UrlSafe, 43, 1);

    private static readonly string LegacyKey = FakeKey.Random(FakeKey.Hex, 64, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("unsplash-access-key", Key, "UNSPLASH_ACCESS_KEY")
        .FindsIn("unsplash-access-key", "a photos URL", $"https://api.unsplash.com/photos/random?client_id={Key}&count=10", Key)
        .FindsIn("unsplash-access-key", "the Client-ID scheme", $"headers: {{ Authorization: 'Client-ID {Key}' }}", Key)
        .Ignores("unsplash-access-key", "42 characters", $"https://api.unsplash.com/photos/random?client_id={Key[..42]}")
        .FindsIn("unsplash-access-key", "unsplash-js", $"import {{ createApi }} from 'unsplash-js';\nconst api = createApi({{\n  accessKey: '{Key}'\n}});", Key)
        .FindsByName("unsplash-access-key", "an older application's key of 64 hex digits, in a variable the URL takes", $"const apiKey = '{LegacyKey}';", "fetch(`https://api.unsplash.com/search/photos?client_id=${apiKey}&per_page=2&query=${term}`)", LegacyKey);
}
