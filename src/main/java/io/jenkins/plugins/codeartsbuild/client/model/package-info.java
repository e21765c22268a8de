/**
 * What a step asks the client for and gets back: the options a step holds ({@link
 * io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions}, with its filters by age and state), read and checked
 * once into a {@link io.jenkins.plugins.codeartsbuild.client.model.JobSelection}; the jobs a look-up finds, with the job
 * id rule ({@link io.jenkins.plugins.codeartsbuild.client.model.BuildJob}); what happened to each job and to the run
 * ({@link io.jenkins.plugins.codeartsbuild.client.model.Result}); and the one listener that hears it all ({@link
 * io.jenkins.plugins.codeartsbuild.client.model.ClientListener}).
 */
package io.jenkins.plugins.codeartsbuild.client.model;
