using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests;

/// <summary>Fault injection: one Azurite for the tests that run ingests against a misbehaving upstream.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "azurite-reliability";
}

/// <summary>Stored state and the query API: an Azurite of their own, so they run beside the fault tests.</summary>
[CollectionDefinition(Name)]
public sealed class StateAzuriteCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "azurite-reliability-state";
}
