using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests;

/// <summary>
/// Fault injection: one Azurite for the tests that run ingests against a misbehaving upstream, one after another, so
/// the tight parse budgets of some never compete with the emulator restart of others.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "azurite-reliability";
}

/// <summary>
/// Stored state, the query API, and upstream changes that are not errors on the wire (ingests under the default parse
/// budget): an Azurite of their own, so they run beside the fault tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class StateAzuriteCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "azurite-reliability-state";
}
