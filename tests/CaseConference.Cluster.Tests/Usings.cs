global using CaseConference.Testing;
global using Xunit;
