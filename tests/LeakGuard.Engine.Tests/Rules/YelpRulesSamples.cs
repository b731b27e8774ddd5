using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class YelpRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 126, 1), "Yx");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("yelp-api-key", Key, "YELP_API_KEY")
        .FindsIn("yelp-api-key", "an axios client for api.yelp.com", $"const YELP_API_KEY =\n  '{Key}';\nexport default axios.create({{\n  baseURL: 'https://api.yelp.com/v3/businesses',\n  headers: {{ Authorization: `Bearer ${{YELP_API_KEY}}` }}\n}});\n", Key)
        .FindsIn("yelp-api-key", "Python's requests with the key in its bearer header", $"headers = {{\"Authorization\": \"Bearer {Key}\"}}\nresponse = requests.get(\"https://api.yelp.com/v3/businesses/search\", headers=headers, params=params)\n", Key)
        .FindsIn("yelp-api-key", "C#'s HttpClient", $"client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"{Key}\");\nvar json = await client.GetStringAsync(\"https://api.yelp.com/v3/businesses/search?location=nyc\");\n", Key)
        .FindsIn("yelp-api-key", "a Rails credentials file", $"yelp:\n  api_key: {Key}\n", Key)
        .Ignores("yelp-api-key", "no Yelp named", $"\"sku\": \"{Key}\"")
        .Ignores("yelp-api-key", "not ending in Yx", $"yelp_photo = \"{Key[..^2]}Zx\"")
        .Ignores("yelp-api-key", "one character short", $"yelp: {Key[1..]}");
}
