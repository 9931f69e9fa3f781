using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Accounts;
using CaseConference.Domain.Staff;

namespace CaseConference.Gateway.Commands;

/// <summary>Founds a real panti with its first pimpinan and their sign-in account.</summary>
public static class CreateAdmin
{
    public static async Task<int> RunAsync(IClusterClient cluster, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        if (!options.TryGetValue("--panti-name", out var pantiName) || !options.TryGetValue("--user", out var user)
            || !options.TryGetValue("--password", out var password))
        {
            await output.WriteLineAsync("usage: create-admin --panti-name NAME --user USER --password PASSWORD [--name 'FULL NAME']");
            return 2;
        }

        var userName = AccountNames.Normalize(user);
        var account = cluster.GetGrain<IAccountGrain>(userName);
        if (!AccountNames.IsValid(userName) || await account.Info() is not null)
        {
            await output.WriteLineAsync("The user name must be 3-40 of a-z 0-9 _ - and not taken.");
            return 1;
        }

        if (PasswordPolicy.Check(userName, password) is { } refusal)
        {
            await output.WriteLineAsync($"The password {refusal.Message} ({refusal.Code})");
            return 1;
        }

        var pantiId = Guid.NewGuid();
        var pimpinan = new StaffMember(Guid.NewGuid(), options.GetValueOrDefault("--name") ?? user, [StaffRole.Pimpinan]);
        await cluster.GetGrain<IPantiGrain>(pantiId).Found(pantiName, pimpinan);
        await account.Create(pantiId, pimpinan.Id, password);
        await output.WriteLineAsync($"Founded panti '{pantiName}' ({pantiId}); pimpinan '{userName}' can sign in.");
        return 0;
    }
}
