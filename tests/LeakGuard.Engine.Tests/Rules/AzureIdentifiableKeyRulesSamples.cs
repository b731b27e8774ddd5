using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureIdentifiableKeyRulesSamples
{
    private static readonly string StorageKey = TestKeys.AzureIdentifiableLong("+A" + "St");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("azure-storage-identifiable-key", StorageKey, "BlobKey")
        .Finds("azure-cosmos-db-identifiable-key", TestKeys.AzureIdentifiableLong("AC" + "Db", 2), "CosmosKey")
        .Finds("azure-api-management-identifiable-key", TestKeys.AzureIdentifiableLong("AP" + "IM", 3), "SubscriptionKey")
        .Finds("azure-batch-identifiable-key", TestKeys.AzureIdentifiableLong("+A" + "Ba", 4), "BatchKey")
        .Finds("azure-batch-identifiable-key", TestKeys.AzureIdentifiableLong("+A" + "MC", 5), "MlKey")
        .Finds("azure-messaging-identifiable-key", TestKeys.AzureIdentifiableShort("+A" + "Sb", 6), "BusKey")
        .Finds("azure-messaging-identifiable-key", TestKeys.AzureIdentifiableShort("+A" + "Eh", 7), "HubKey")
        .Finds("azure-messaging-identifiable-key", TestKeys.AzureIdentifiableShort("AI" + "oT", 8), "DeviceKey")
        .Finds("azure-messaging-identifiable-key", TestKeys.AzureIdentifiableShort("Az" + "Ca", 9), "RedisKey")
        .Finds("azure-functions-identifiable-key", TestKeys.AzureFunctionsKey(10), "FunctionKey")
        .Finds("azure-search-identifiable-key", TestKeys.AzureSearchKey(11), "SearchKey")
        .Finds("azure-container-registry-identifiable-key", TestKeys.AzureContainerRegistryKey(12), "RegistryPassword")
        .FindsIn("azure-storage-identifiable-key", "in a storage connection string, not named by its rule", $"\"Blobs\": \"BlobEndpoint=https://x1.blob.core.windows.net/;Key={StorageKey};\"", StorageKey)
        .Ignores("azure-storage-identifiable-key", "last character outside A, Q, g, w", $"key = \"{StorageKey[..^3]}B==\"")
        .Ignores("azure-storage-identifiable-key", "signature moved by one", $"key = \"x{StorageKey[..^1]}\"")
        .Ignores("azure-messaging-identifiable-key", "letter after the signature outside A-P", $"key = \"{TestKeys.AzureIdentifiableShort("+A" + "Sb", 6).Replace("SbC", "SbZ", StringComparison.Ordinal)}\"")
        .Ignores("azure-functions-identifiable-key", "one character short", $"code = \"{TestKeys.AzureFunctionsKey(10)[1..]}\"")
        .Ignores("azure-search-identifiable-key", "letter after the signature outside A-D", $"key = \"{TestKeys.AzureSearchKey(11).Replace("SeB", "SeX", StringComparison.Ordinal)}\"")
        .Ignores("azure-container-registry-identifiable-key", "inside a longer run", $"key = \"{TestKeys.AzureContainerRegistryKey(12)}abc\"")
        .Ignores("azure-cosmos-db-identifiable-key", "all one character", $"key = \"{new string('A', 76)}AC" + "Db" + "AAAAAQ==\"")
        .Ignores("azure-api-management-identifiable-key", "the signature in prose", "Use the APIM subscription key from the portal.")
        .Ignores("azure-batch-identifiable-key", "a base64 run with the signature but not the shape", $"data = \"{TestKeys.AzureStorageKey(13)[..40]}+A" + "Ba" + "xyz\"");
}
