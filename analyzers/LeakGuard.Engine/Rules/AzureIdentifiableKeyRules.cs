using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Keys Azure services have issued since 2023 in Microsoft's identifiable format: random base 64 with a fixed service
/// signature at a fixed place (<c>+ASt</c> for Storage, <c>ACDb</c> for Cosmos DB, <c>AzFu</c> for Functions...) and a
/// constrained last character, so they are recognised without a name or an endpoint beside them. The patterns are
/// those of Microsoft's security-utilities (SEC101/152-199).
/// </summary>
internal static class AzureIdentifiableKeyRules
{
    private const string Base64 = Patterns.Base64;

    /// <summary>What may not touch a key on either side: base 64 and its URL-safe letters ("=" may: "Key=...").</summary>
    private const string Boundary = Base64 + "_-";

    /// <summary>88 characters: 76 random, the 4-character signature, 5 random, one of A, Q, g, w, then "==".</summary>
    private static string Long(string signature) => Patterns.Token($"[{Base64}]{{76}}(?:{signature})[{Base64}]{{5}}[AQgw]==", Boundary);

    /// <summary>44 characters: 33 random, the signature, a letter A-P, 5 random, then "=".</summary>
    private static string Short(string signatures) => Patterns.Token($"[{Base64}]{{33}}(?:{signatures})[A-P][{Base64}]{{5}}=", Boundary);

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "azure-storage-identifiable-key",
            "Azure",
            "Azure Storage account key (identifiable format, signature +ASt)",
            Long("\\+ASt"),
            new[] { "+ASt" },
            AzurePortal.Resources("Microsoft.Storage%2FStorageAccounts", "AzureStorage:AccountKey", "AZURE_STORAGE_KEY"))
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "azure-cosmos-db-identifiable-key",
            "Azure",
            "Azure Cosmos DB account key (identifiable format, signature ACDb)",
            Long("ACDb"),
            new[] { "ACDb" },
            AzurePortal.Resources("Microsoft.DocumentDb%2FdatabaseAccounts", "CosmosDb:AccountKey", "COSMOS_KEY"))
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "azure-api-management-identifiable-key",
            "Azure",
            "Azure API Management subscription, gateway, management or repository key (identifiable format, signature APIM)",
            Long("APIM"),
            new[] { "APIM" },
            AzurePortal.Resources("Microsoft.ApiManagement%2Fservice", "ApiManagement:SubscriptionKey", "APIM_SUBSCRIPTION_KEY"))
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "azure-batch-identifiable-key",
            "Azure",
            "Azure Batch or Machine Learning (classic) access key (identifiable format, signature +ABa or +AMC)",
            Long("\\+ABa|\\+AMC"),
            new[] { "+ABa", "+AMC" },
            AzurePortal.Resources("Microsoft.Batch%2FbatchAccounts", "AzureBatch:AccountKey", "AZURE_BATCH_ACCOUNT_KEY"))
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "azure-messaging-identifiable-key",
            "Azure",
            "Azure Service Bus, Event Hubs, Relay, Event Grid, IoT Hub or Cache for Redis access key (identifiable format)",
            Short("\\+ASb|\\+AEh|\\+ARm|AZEG|AIoT|AzCa"),
            new[] { "+ASb", "+AEh", "+ARm", "AZEG", "AIoT", "AzCa" },
            AzurePortal.Resources("Microsoft.ServiceBus%2Fnamespaces", "ConnectionStrings:ServiceBus", "SERVICEBUS_CONNECTION_STRING", wholeString: true))
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "azure-functions-identifiable-key",
            "Azure",
            "Azure Functions access key (identifiable format, signature AzFu)",
            Patterns.Token("[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==", Patterns.UrlSafe),
            new[] { "AzFu" },
            AzurePortal.Resources("Microsoft.Web%2Fsites/kind/functionapp", "AzureFunctions:Key", "AZURE_FUNCTIONS_KEY"))
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "azure-search-identifiable-key",
            "Azure",
            "Azure AI Search admin or query key (identifiable format, signature AzSe)",
            Patterns.Token("[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}", Boundary),
            new[] { "AzSe" },
            AzurePortal.Resources("Microsoft.Search%2FsearchServices", "AzureSearch:ApiKey", "AZURE_SEARCH_API_KEY"))
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "azure-container-registry-identifiable-key",
            "Azure",
            "Azure Container Registry access key (identifiable format, signature +ACR)",
            Patterns.Token("[A-Za-z0-9+/]{42}\\+ACR[A-D][A-Za-z0-9+/]{5}", Boundary),
            new[] { "+ACR" },
            AzurePortal.Resources("Microsoft.ContainerRegistry%2Fregistries", "ContainerRegistry:Password", "ACR_PASSWORD"))
        {
            MinEntropy = 3.5,
        },
    };
}
