/**
 * What a step asks the client for and gets back: the selection ({@link io.jenkins.plugins.codeartsbuild.client.model.JobSelection}, read and checked once
 * from the options a step holds, {@link io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions}; with its id, name and pattern rules
 * {@link io.jenkins.plugins.codeartsbuild.client.model.JobIds}, {@link io.jenkins.plugins.codeartsbuild.client.model.NameMatch}, {@link io.jenkins.plugins.codeartsbuild.client.model.Glob} and its filters
 * {@link io.jenkins.plugins.codeartsbuild.client.model.JobFilter}), the jobs a look-up finds ({@link io.jenkins.plugins.codeartsbuild.client.model.BuildJob}), what happened to each job and to
 * the run ({@link io.jenkins.plugins.codeartsbuild.client.model.Outcome}, {@link io.jenkins.plugins.codeartsbuild.client.model.Status}, {@link io.jenkins.plugins.codeartsbuild.client.model.Result}), and the one listener that hears
 * it all ({@link io.jenkins.plugins.codeartsbuild.client.model.ClientListener}).
 */
package io.jenkins.plugins.codeartsbuild.client.model;
