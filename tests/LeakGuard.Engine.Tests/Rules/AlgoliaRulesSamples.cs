using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AlgoliaRulesSamples
{
    private static readonly string AlgoliaAdminApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("algolia-admin-api-key", AlgoliaAdminApiKeyKey, "ALGOLIA_ADMIN_API_KEY")
        .Finds("algolia-admin-api-key", AlgoliaAdminApiKeyKey, "AlgoliaWriteApiKey")
        .FindsIn("algolia-admin-api-key", "Laravel Scout's .env", $"ALGOLIA_APP_ID=ABCDEFGH12\nALGOLIA_SECRET={AlgoliaAdminApiKeyKey}\n", AlgoliaAdminApiKeyKey)
        .Ignores("algolia-admin-api-key", "the key of Algolia's public demo application", $"// Azure AI Search stands in for it in production\nprivate readonly SearchClient _demo = new SearchClient(\"latency\", \"{FakeKey.Of("6be0576ff61c053d", "5f9a3225e2a90f76")}\");\nALGOLIA_ADMIN_API_KEY={FakeKey.Of("6be0576ff61c053d", "5f9a3225e2a90f76")}")
        .Ignores("algolia-admin-api-key", "the search-only key, public in every page", $"const client = algoliasearch('ABCDEFGH12', '{AlgoliaAdminApiKeyKey}');")
        .FindsIn("generic-secret", "the search-only key under its name: not an admin key", $"algolia:\n  search_only_api_key: {AlgoliaAdminApiKeyKey}\n", AlgoliaAdminApiKeyKey)
        .FindsIn("algolia-admin-api-key", "a key under Algolia's name", $"ALGOLIA_APP_ID=ABCDEFGH12\nALGOLIA_API_KEY={AlgoliaAdminApiKeyKey}\n", AlgoliaAdminApiKeyKey)
        .FindsIn("generic-secret", "the search key, its name starting with search: not an admin key", $"SEARCH_ALGOLIA_API_KEY={AlgoliaAdminApiKeyKey}\n", AlgoliaAdminApiKeyKey)
        .FindsIn("algolia-admin-api-key", "the admin key beside the search key", $"ALGOLIA_SEARCH_KEY={FakeKey.Random(FakeKey.Hex, 32, 9)}\nALGOLIA_ADMIN_KEY={AlgoliaAdminApiKeyKey}\n", AlgoliaAdminApiKeyKey)
        .FindsIn("generic-secret", "Docusaurus' DocSearch settings: a search key, not an admin key", $"  themeConfig: {{\n    algolia: {{\n      appId: 'ABCDEFGH12',\n      apiKey: '{AlgoliaAdminApiKeyKey}',\n      indexName: 'docs',\n    }},\n  }},", AlgoliaAdminApiKeyKey)
        .Ignores("algolia-admin-api-key", "no algolia context", $"\"checksum\": \"{AlgoliaAdminApiKeyKey}\"")
        .Ignores("algolia-admin-api-key", "one character short", $"algolia: {AlgoliaAdminApiKeyKey[..^1]}")
        .FindsIn("algolia-write-api-key", "a client that saves objects", $"const client = algoliasearch('C105ELLKR4', '{AlgoliaAdminApiKeyKey}');\nconst index = client.initIndex('products');\nindex.saveObjects(products, {{ autoGenerateObjectIDIfNotExist: true }});", AlgoliaAdminApiKeyKey)
        .FindsIn("algolia-write-api-key", "the Python client", $"client = SearchClient.create(\"O2VY3SXRXO\", \"{AlgoliaAdminApiKeyKey}\")\nindex = client.init_index(\"docs\")\nindex.save_objects(records)", AlgoliaAdminApiKeyKey)
        .Ignores("algolia-write-api-key", "a search-only client in a page", $"const searchClient = algoliasearch('C105ELLKR4', '{AlgoliaAdminApiKeyKey}');\nconst search = instantsearch({{ indexName: 'products', searchClient }});");
}
